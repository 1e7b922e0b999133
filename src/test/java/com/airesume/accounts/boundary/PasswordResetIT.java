package com.airesume.accounts.boundary;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.airesume.testing.FacesClient;
import com.airesume.testing.FacesClient.Page;
import com.airesume.testing.MailRelay;
import com.airesume.testing.RunningApp;
import com.airesume.testing.SharedApp;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The three reset steps against the app as it runs ({@code payara/start}) and a real SMTP server: the mail, the
 * code rules, the limits, and what a reset ends. Each test is its own person at its own client address.
 */
class PasswordResetIT {

    private static final String PASSWORD = "violet tractor umbrella 42";
    private static final String NEW_PASSWORD = "copper lantern meadow 77";
    private static final String RESET = "/accounts/password/reset/";
    private static final String VERIFY = "/accounts/password/reset/verify/";
    private static final String SET = "/accounts/password/reset/set/";
    private static final AtomicInteger ADDRESSES = new AtomicInteger(1);

    private static MailRelay relay;
    private static RunningApp app;

    @BeforeAll
    static void start() {
        relay = MailRelay.start();
        Map<String, String> env = RunningApp.debugEnvironment(SharedApp.dataDir("reset"));
        env.put("TRUSTED_PROXY_COUNT", "1");
        env.putAll(SharedApp.database("reset"));
        env.putAll(relay.environment());
        env.put("EMAIL_VERIFICATION", "none"); // counts the mails to each address: none at signup
        app = RunningApp.start("reset", env).awaitReady();
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
        relay.close();
    }

    @Test
    void aPersonResetsTheirPasswordWithTheMailedCode() throws Exception {
        FacesClient client = client();
        String email = signUp(client);

        Page verify = request(client, email);
        assertAll(() -> assertEquals(VERIFY, verify.path()),
                () -> assertTrue(verify.text().contains("If an account exists for " + email
                        + ", we sent a 6-digit code to it. It expires in 5 minutes."), verify.text()));

        MimeMessage mail = relay.awaitMail(email, 1, Duration.ofSeconds(20));
        String code = MailRelay.code(mail);
        assertAll(() -> assertEquals("Your AI Resume Builder password reset code", mail.getSubject()),
                () -> assertEquals(new InternetAddress("no-reply@resumes.test", "AI Resume Builder"),
                        mail.getFrom()[0]),
                () -> assertTrue(mail.isMimeType("multipart/alternative")),
                () -> assertTrue(MailRelay.html(mail).contains(">" + code + "<"), "the code stands alone in the HTML"),
                () -> assertTrue(MailRelay.text(mail).contains("expires in 5 minutes")),
                () -> assertFalse(app.output().contains(code), "the code is not in the log"));

        Page set = enter(client, code.substring(0, 3) + " " + code.substring(3));
        assertEquals(SET, set.path(), set.messages().toString());

        Page weak = client.submit(SET, "setForm", Map.of("newPassword", "password", "confirmPassword", "password"),
                "submit");
        assertAll(() -> assertEquals(SET, weak.path()),
                () -> assertEquals(List.of("Use at least 12 characters. A few unrelated words make a"
                        + " strong, memorable password."), weak.messages()));
        Page mismatch = client.submit(SET, "setForm", Map.of("newPassword", NEW_PASSWORD,
                "confirmPassword", NEW_PASSWORD + "!"), "submit");
        assertTrue(mismatch.messages().contains("The two passwords don't match. Type the same password in both"
                + " fields."), mismatch.messages().toString());

        Page login = setPassword(client, NEW_PASSWORD);
        assertAll(() -> assertEquals("/accounts/login/", login.path()),
                () -> assertTrue(login.messages().get(0).startsWith("Your password is changed"), login.messages()
                        .toString()));

        MimeMessage changed = relay.awaitMail(email, 2, Duration.ofSeconds(20));
        assertEquals("Your AI Resume Builder password was changed", changed.getSubject());
        assertEquals("/accounts/login/", logIn(client(), email, PASSWORD).path(), "the old password is refused");
        assertEquals("/dashboard/", logIn(client(), email, NEW_PASSWORD).path());
        assertTrue(app.output().contains("✅ OTP verified successfully for: " + email));
    }

    @Test
    void anAccentedNameTypedInAFormArrivesIntactInTheMail() throws Exception {
        FacesClient client = client();
        String email = "zoe-" + UUID.randomUUID() + "@example.com";
        Page signedUp = client.submit("/accounts/signup/", "signup", Map.of("firstName", "Zoë", "lastName",
                "Łukasiewicz", "email", email, "password", PASSWORD, "confirmPassword", PASSWORD), "submit");
        assertEquals("/accounts/login/", signedUp.path(), signedUp.messages().toString());
        request(client, email);
        MimeMessage mail = relay.awaitMail(email, 1, Duration.ofSeconds(20));
        assertAll(() -> assertTrue(MailRelay.text(mail).startsWith("Hi Zoë, here is your code"), MailRelay.text(mail)),
                () -> assertTrue(MailRelay.html(mail).contains("Hi Zoë, here is your code")));
    }

    @Test
    void anAddressWithoutAnAccountSeesTheSamePagesAndGetsNoMail() throws Exception {
        FacesClient client = client();
        String email = "nobody-" + UUID.randomUUID() + "@example.com";
        Page verify = request(client, email);
        assertAll(() -> assertEquals(VERIFY, verify.path()),
                () -> assertTrue(verify.text().contains("If an account exists for " + email
                        + ", we sent a 6-digit code to it."), verify.text()));
        assertEquals("That code isn't right. You can try 4 more times.", enter(client, "123456").messages().get(0));
        Thread.sleep(2000);
        assertEquals(0, relay.mailsTo(email).size());
    }

    @Test
    void fiveWrongCodesKillTheCodeAndTheRightOneIsThenRefused() {
        FacesClient client = client();
        String email = signUp(client);
        request(client, email);
        String code = relay.awaitCode(email, 1);
        String wrong = String.format("%06d", (Integer.parseInt(code) + 1) % 1_000_000);
        for (int left = 4; left >= 1; left--) {
            String expected = left == 1 ? "That code isn't right. You can try once more."
                    : "That code isn't right. You can try " + left + " more times.";
            assertEquals(expected, enter(client, wrong).messages().get(0));
        }
        String dead = "This code can no longer be used: too many wrong tries. Send a new code, and type it carefully.";
        assertEquals(dead, enter(client, wrong).messages().get(0));
        Page right = enter(client, code);
        assertAll(() -> assertEquals(VERIFY, right.path()), () -> assertEquals(dead, right.messages().get(0)),
                () -> assertTrue(app.output().contains("Too many OTP verification attempts for: " + email)));
    }

    @Test
    void aCodeWorksOnceAndOnlyTheNewestCodeWorks() {
        FacesClient client = client();
        String email = signUp(client);
        request(client, email);
        String first = relay.awaitCode(email, 1);
        assertEquals(VERIFY, client.submit(VERIFY, "resendForm", Map.of(), "resend").path());
        String second = relay.awaitCode(email, 2);
        assumeTrue(!first.equals(second), "the two random codes happened to be equal");

        assertEquals("That code isn't right. You can try 4 more times.", enter(client, first).messages().get(0));
        assertEquals(SET, enter(client, second).path());
        assertEquals("This code was already used. Send a new code if you still need to reset your password.",
                enter(client, second).messages().get(0));
        assertEquals("/accounts/login/", setPassword(client, NEW_PASSWORD).path());
        Page again = client.get(SET);
        assertAll(() -> assertEquals(RESET, again.path(), "a used reset cannot set another password"),
                () -> assertTrue(again.messages().get(0).startsWith("This reset has expired or was already used")));
    }

    @Test
    void theCodeOnlyWorksInTheBrowserThatAskedForIt() {
        FacesClient asker = client();
        String email = signUp(asker);
        request(asker, email);
        String code = relay.awaitCode(email, 1);
        FacesClient other = client();
        Page elsewhere = other.get(VERIFY);
        assertAll(() -> assertEquals(RESET, elsewhere.path()),
                () -> assertTrue(elsewhere.messages().get(0).contains("started in another browser")));
        assertEquals(SET, enter(asker, code).path());
    }

    @Test
    void aFourthCodeForOneAddressWithinFifteenMinutesIsNotSent() throws Exception {
        FacesClient client = client();
        String email = signUp(client);
        long window = System.currentTimeMillis() / Duration.ofMinutes(15).toMillis();
        for (int i = 1; i <= 4; i++) {
            assertEquals(VERIFY, request(client, email).path(), "every request looks the same");
        }
        relay.awaitMail(email, 3, Duration.ofSeconds(20));
        Thread.sleep(3000);
        assumeTrue(window == System.currentTimeMillis() / Duration.ofMinutes(15).toMillis(),
                "the requests straddled two 15-minute windows");
        assertAll(() -> assertEquals(3, relay.mailsTo(email).size()),
                () -> assertTrue(app.output().contains("⚠️  Rate limit hit for password reset: " + email)));
    }

    @Test
    void aClientAddressGetsTwentyRequestsAnHour() throws Exception {
        FacesClient client = client();
        String email = signUp(client);
        long window = System.currentTimeMillis() / Duration.ofHours(1).toMillis();
        for (int i = 0; i < 20; i++) {
            request(client, "nobody-" + i + "-" + UUID.randomUUID() + "@example.com");
        }
        assertEquals(VERIFY, request(client, email).path());
        Thread.sleep(3000);
        assumeTrue(window == System.currentTimeMillis() / Duration.ofHours(1).toMillis(),
                "the requests straddled two hourly windows");
        assertAll(() -> assertEquals(0, relay.mailsTo(email).size()),
                () -> assertTrue(app.output().contains("⚠️  Rate limit hit for password reset: " + email)));
    }

    @Test
    void anAddressWithLineBreaksOrTwoAddressesIsRefused() throws Exception {
        FacesClient client = client();
        String email = signUp(client);
        for (String typed : new String[] {email + "\r\nBcc: victim@example.com", email + "\nX-Injected: yes",
                email + ", victim@example.com", "Ada <" + email + ">"}) {
            Page page = client.submit(RESET, "resetForm", Map.of("email", typed), "submit");
            assertAll(() -> assertEquals(RESET, page.path()),
                    () -> assertEquals("Enter one email address like name@example.com.", page.messages().get(0)));
        }
        Thread.sleep(2000);
        assertAll(() -> assertEquals(0, relay.mailsTo(email).size()),
                () -> assertEquals(0, relay.mailsTo("victim@example.com").size()));
    }

    @Test
    void aResetEndsEverySessionAndRememberedLoginAndUnblocksLogin() {
        FacesClient phone = client();
        String email = signUp(phone);
        Page dashboard = phone.submit("/accounts/login/", "loginForm", Map.of("login", email, "password", PASSWORD,
                "rememberMe", "on"), "submit");
        assertEquals("/dashboard/", dashboard.path());
        String token = phone.cookie("REMEMBER_ME").orElseThrow();
        FacesClient remembered = client();
        remembered.addCookie("REMEMBER_ME", token);
        assertEquals("/dashboard/", remembered.get("/dashboard/").path(), "the cookie alone logs in before the reset");

        FacesClient attacker = client();
        for (int i = 0; i < 6; i++) {
            logIn(attacker, email, "wrong password " + i);
        }
        assertEquals("/accounts/login/", logIn(client(), email, PASSWORD).path(), "the account is blocked");

        FacesClient laptop = client();
        request(laptop, email);
        enter(laptop, relay.awaitCode(email, 1));
        setPassword(laptop, NEW_PASSWORD);

        FacesClient stale = client();
        stale.addCookie("REMEMBER_ME", token);
        assertAll(() -> assertEquals("/accounts/login/", phone.get("/dashboard/").path(), "the session ended"),
                () -> assertEquals("/accounts/login/", stale.get("/dashboard/").path(), "the token was revoked"),
                () -> assertEquals("/dashboard/", logIn(client(), email, NEW_PASSWORD).path(),
                        "the reset cleared the brute-force block"));
    }

    private static FacesClient client() {
        return new FacesClient(app, "198.51.100." + ADDRESSES.getAndIncrement());
    }

    private static String signUp(FacesClient client) {
        String email = "reset-" + UUID.randomUUID() + "@example.com";
        Page page = client.submit("/accounts/signup/", "signup", Map.of("firstName", "Ada", "lastName", "Lovelace",
                "email", email, "password", PASSWORD, "confirmPassword", PASSWORD), "submit");
        assertEquals("/accounts/login/", page.path(), page.messages().toString());
        return email;
    }

    private static Page request(FacesClient client, String email) {
        return client.submit(RESET, "resetForm", Map.of("email", email), "submit");
    }

    private static Page enter(FacesClient client, String code) {
        return client.submit(VERIFY, "verifyForm", Map.of("code", code), "submit");
    }

    private static Page setPassword(FacesClient client, String password) {
        return client.submit(SET, "setForm", Map.of("newPassword", password, "confirmPassword", password), "submit");
    }

    private static Page logIn(FacesClient client, String login, String password) {
        return client.submit("/accounts/login/", "loginForm", Map.of("login", login, "password", password), "submit");
    }
}
