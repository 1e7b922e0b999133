package com.airesume.admin.boundary;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.airesume.testing.FacesClient;
import com.airesume.testing.FacesClient.Page;
import com.airesume.testing.MailRelay;
import com.airesume.testing.RunningApp;
import com.airesume.testing.SharedApp;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What an administrator does to an account from its page, against the app as it runs and a real SMTP server:
 * each action takes effect on the person's own session at once (no new login), is refused on the administrator's
 * own account where it would lock them out, and leaves its line in the audit log. Visitors are sent to log in and
 * people without the role get 404 on every page of it.
 */
class AdminUserActionsIT {

    private static final String PASSWORD = "harbor violet cinema 5521";
    private static final String NEW_PASSWORD = "maple orbit candle 3390";
    private static final Pattern USER_LINK = Pattern.compile("/admin/user/\\?id=(\\d+)");
    private static final Pattern RESET_LINK = Pattern.compile("https?://\\S+(/accounts/password/reset/verify/\\?reset="
            + "[A-Za-z0-9_-]{43})");
    private static final AtomicInteger ADDRESSES = new AtomicInteger(1);

    private static MailRelay relay;
    private static RunningApp app;

    @BeforeAll
    static void start() {
        relay = MailRelay.start();
        Map<String, String> env = RunningApp.debugEnvironment(SharedApp.dataDir("admin-actions"));
        env.put("TRUSTED_PROXY_COUNT", "1");
        env.put("ADMIN_EMAIL", SharedApp.ADMIN_EMAIL);
        env.put("ADMIN_PASSWORD", SharedApp.ADMIN_PASSWORD);
        env.putAll(SharedApp.database("admin-actions"));
        env.putAll(relay.environment());
        env.put("EMAIL_VERIFICATION", "none"); // counts the mails to each address: none at signup
        app = RunningApp.start("admin-actions", env).awaitReady();
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
        relay.close();
    }

    @Test
    void onlyAdministratorsReachAnAccountsPage() {
        String email = uniqueEmail("page");
        FacesClient person = loggedIn(signUp(email), email, PASSWORD);
        long id = idOf(email);
        for (String page : List.of("/admin/user/?id=" + id, "/admin/user/delete/?id=" + id)) {
            HttpResponse<String> anonymous = app.get(page);
            assertAll(page, () -> assertEquals(302, anonymous.statusCode()),
                    () -> assertTrue(anonymous.headers().firstValue("Location").orElseThrow()
                            .contains("/accounts/login/")));
            assertEquals(404, person.get(page).status(), page);
            assertEquals(200, admin().get(page).status(), page);
        }
        Page adminsPage = admin().get("/admin/user/?id=" + id);
        for (String action : List.of("lock", "endSessions", "grantAdmin")) {
            Page replayed = person.post(adminsPage, "actionsForm", Map.of(), action);
            Page anonymous = new FacesClient(app, nextAddress()).post(adminsPage, "actionsForm", Map.of(), action);
            assertAll(action, () -> assertEquals(404, replayed.status(), "a person without the role gets 404"),
                    () -> assertEquals("/accounts/login/", anonymous.path(), "a visitor is sent to log in"));
        }
        Page delete = admin().get("/admin/user/delete/?id=" + id);
        assertEquals(404, person.post(delete, "deleteForm", Map.of("confirmEmail", email), "delete").status());
        assertAll(() -> assertTrue(admin().get("/admin/user/?id=" + id).text().contains("Can log in? Yes"),
                        "nothing was done"),
                () -> assertEquals(200, person.get("/dashboard/").status(), "still logged in, not an administrator"),
                () -> assertEquals(404, person.get("/admin/").status()));
        assertAll(() -> assertEquals(404, admin().get("/admin/user/?id=999999999").status()),
                () -> assertEquals(404, admin().get("/admin/user/?id=x").status()));
    }

    @Test
    void aLockedAccountIsLoggedOutAndCannotLogInUntilUnlocked() {
        String email = uniqueEmail("lock");
        FacesClient person = loggedIn(signUp(email), email, PASSWORD);
        long id = idOf(email);
        FacesClient admin = admin();

        Page locked = act(admin, id, "lock");
        assertTrue(locked.messages().contains("Locked " + email + ": they are logged out everywhere and cannot log"
                + " in until unlocked."), locked.messages().toString());
        assertTrue(locked.text().contains("No: locked by an administrator on"), locked.text());
        assertEquals("/accounts/login/", person.get("/dashboard/").path(), "the open session ended");
        Page refused = person.submit("/accounts/login/", "loginForm", Map.of("login", email, "password", PASSWORD),
                "submit");
        assertEquals(List.of("This account has been locked by an administrator. Please contact support to have it"
                + " unlocked."), refused.messages());
        Page wrong = person.submit("/accounts/login/", "loginForm", Map.of("login", email, "password", "not it"),
                "submit");
        assertFalse(wrong.text().contains("locked"), "a wrong password learns nothing about the lock");

        Page unlocked = act(admin, id, "unlock");
        assertTrue(unlocked.messages().contains("Unlocked " + email + ": they can log in again."));
        loggedIn(person, email, PASSWORD);
        assertAudited(admin, id, "locked by " + SharedApp.ADMIN_EMAIL, "unlocked by " + SharedApp.ADMIN_EMAIL);
        assertTrue(admin.get("/admin/events/?user=" + id + "&kind=LOGIN_FAILED").text().contains("locked"),
                "the refused login says why in the audit log");
    }

    @Test
    void loggingOutEverywhereEndsTheSessionButKeepsThePassword() {
        String email = uniqueEmail("sessions");
        FacesClient person = loggedIn(signUp(email), email, PASSWORD);
        long id = idOf(email);
        Page done = act(admin(), id, "endSessions");
        assertTrue(done.messages().contains("Every session of " + email + " has ended."), done.messages().toString());
        assertEquals("/accounts/login/", person.get("/dashboard/").path());
        loggedIn(person, email, PASSWORD);
        assertAudited(admin(), id, "all sessions ended by " + SharedApp.ADMIN_EMAIL);
    }

    @Test
    void aResetCodeSentByAnAdministratorWorksInThePersonsOwnBrowser() throws Exception {
        String email = uniqueEmail("reset");
        signUp(email);
        long id = idOf(email);
        Page sent = act(admin(), id, "sendResetCode");
        assertTrue(sent.messages().contains("A password reset code is on its way to " + email + "."));

        MimeMessage mail = relay.awaitMail(email, 1, Duration.ofSeconds(20));
        String code = MailRelay.code(mail);
        Matcher link = RESET_LINK.matcher(MailRelay.text(mail));
        assertTrue(link.find(), MailRelay.text(mail));
        FacesClient browser = new FacesClient(app, nextAddress());
        Page verify = browser.get(link.group(1));
        assertAll(() -> assertEquals("/accounts/password/reset/verify/", verify.path()),
                () -> assertEquals(null, verify.uri().getQuery(), "the token leaves the address bar"));
        Page set = browser.post(verify, "verifyForm", Map.of("code", code), "submit");
        assertEquals("/accounts/password/reset/set/", set.path(), set.messages().toString());
        Page login = browser.post(set, "setForm", Map.of("newPassword", NEW_PASSWORD, "confirmPassword",
                NEW_PASSWORD), "submit");
        assertEquals("/accounts/login/", login.path(), login.messages().toString());
        loggedIn(browser, email, NEW_PASSWORD);

        String mails = admin().get("/admin/user/?id=" + id).text();
        assertTrue(mails.contains("Recent mail to this address Subject Status Sent, or next try Attempts Last error"
                + " Your AI Resume Builder password was changed"), mails);
        assertTrue(mails.contains("Your AI Resume Builder password reset code Sent"), "did their code go out: "
                + mails);

        Page stale = new FacesClient(app, nextAddress()).get("/accounts/password/reset/verify/?reset="
                + "A".repeat(43));
        assertEquals("/accounts/password/reset/", stale.path(), "an unknown token starts over");
        assertAudited(admin(), id, "reset code sent by " + SharedApp.ADMIN_EMAIL);
    }

    @Test
    void theAdministratorRoleCountsFromThePersonsNextPage() {
        String email = uniqueEmail("role");
        FacesClient person = loggedIn(signUp(email), email, PASSWORD);
        long id = idOf(email);
        assertEquals(404, person.get("/admin/").status());
        Page granted = act(admin(), id, "grantAdmin");
        assertTrue(granted.messages().contains(email + " is now an administrator."), granted.messages().toString());
        assertEquals(200, person.get("/admin/").status(), "granted without a new login");
        act(admin(), id, "removeAdmin");
        assertEquals(404, person.get("/admin/").status(), "removed without a new login");
        assertAudited(admin(), id, "ADMIN role granted by " + SharedApp.ADMIN_EMAIL,
                "ADMIN role removed by " + SharedApp.ADMIN_EMAIL);
    }

    @Test
    void anEmailCanBeMarkedVerified() {
        String email = uniqueEmail("verify");
        signUp(email);
        long id = idOf(email);
        assertTrue(admin().get("/admin/user/?id=" + id).text().contains("Email not verified"));
        Page verified = act(admin(), id, "verifyEmail");
        assertAll(() -> assertTrue(verified.messages().contains("The email address of " + email
                        + " is marked verified.")),
                () -> assertTrue(verified.text().contains("Email verified on"), verified.text()),
                () -> assertFalse(verified.html().contains("id=\"verifyEmail\""), "nothing left to verify"));
        assertAudited(admin(), id, "email marked verified by " + SharedApp.ADMIN_EMAIL);
    }

    @Test
    void deletingAnAccountAsksForItsAddressAndTakesEverythingWithIt() {
        String email = uniqueEmail("delete");
        FacesClient person = loggedIn(signUp(email), email, PASSWORD);
        Page created = person.submit("/dashboard/", "newResume", Map.of("title", "Doomed resume"), "createBlank");
        assertTrue(created.path().startsWith("/resumes/edit/"), created.path());
        long id = idOf(email);
        FacesClient admin = admin();
        Page ask = admin.get("/admin/user/delete/?id=" + id);
        assertTrue(ask.text().contains("will be deleted for good, with their one resume."), ask.text());
        Page mismatch = admin.post(ask, "deleteForm", Map.of("confirmEmail", "someone@example.com"), "delete");
        assertEquals(List.of("That is not this account's email address."), mismatch.messages());

        Page deleted = admin.post(ask, "deleteForm", Map.of("confirmEmail", email.toUpperCase()), "delete");
        assertAll(() -> assertEquals("/admin/users/", deleted.path()),
                () -> assertTrue(deleted.messages().contains("Deleted the account of " + email
                        + " and everything it owned."), deleted.messages().toString()),
                () -> assertEquals(404, admin.get("/admin/user/?id=" + id).status()),
                () -> assertEquals("/accounts/login/", person.get("/dashboard/").path(), "the session ended"));
        Page events = admin.get("/admin/events/?subject=" + email);
        assertTrue(events.text().contains("account deleted by " + SharedApp.ADMIN_EMAIL), events.text());
    }

    @Test
    void theAdministratorCannotLockThemselvesOut() {
        FacesClient admin = admin();
        long self = idOf(SharedApp.ADMIN_EMAIL);
        Page own = admin.get("/admin/user/?id=" + self);
        assertAll(() -> assertTrue(own.text().contains("This is your own account"), own.text()),
                () -> assertFalse(own.html().contains("/admin/user/delete/"), "no delete link"),
                () -> assertTrue(own.html().matches("(?s).*id=\"lock\"[^>]*disabled.*"), "lock is disabled"));
        Page refused = admin.post(own, "actionsForm", Map.of(), "removeAdmin");
        assertEquals(200, refused.status());
        assertEquals(200, admin.get("/admin/").status(), "still an administrator");
    }

    private static void assertAudited(FacesClient admin, long id, String... details) {
        String log = admin.get("/admin/events/?kind=ADMIN_ACTION&user=" + id).text();
        for (String detail : details) {
            assertTrue(log.contains(detail), detail + " in " + log);
        }
    }

    /** Presses one of the action buttons on the account's page, as the administrator. */
    private static Page act(FacesClient admin, long id, String button) {
        Page page = admin.submit("/admin/user/?id=" + id, "actionsForm", Map.of(), button);
        assertEquals("/admin/user/", page.path(), page.messages().toString());
        return page;
    }

    private static long idOf(String email) {
        Matcher matcher = USER_LINK.matcher(admin().get("/admin/users/?q=" + email).html());
        assertTrue(matcher.find(), "no account " + email);
        return Long.parseLong(matcher.group(1));
    }

    private static FacesClient admin() {
        return loggedIn(new FacesClient(app, "198.51.100.250"), SharedApp.ADMIN_EMAIL, SharedApp.ADMIN_PASSWORD);
    }

    private static FacesClient signUp(String email) {
        FacesClient client = new FacesClient(app, nextAddress());
        Page signedUp = client.submit("/accounts/signup/", "signup", Map.of("firstName", "Ada", "lastName", "Byron",
                "email", email, "password", PASSWORD, "confirmPassword", PASSWORD), "submit");
        assertEquals("/accounts/login/", signedUp.path(), signedUp.messages().toString());
        return client;
    }

    private static FacesClient loggedIn(FacesClient client, String login, String password) {
        Page dashboard = client.submit("/accounts/login/", "loginForm", Map.of("login", login, "password",
                password), "submit");
        assertEquals("/dashboard/", dashboard.path(), dashboard.messages().toString());
        return client;
    }

    private static String uniqueEmail(String purpose) {
        return purpose + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    private static String nextAddress() {
        return "203.0.113." + ADDRESSES.getAndIncrement();
    }
}
