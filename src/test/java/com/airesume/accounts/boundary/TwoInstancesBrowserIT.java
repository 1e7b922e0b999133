package com.airesume.accounts.boundary;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.airesume.testing.Browser;
import com.airesume.testing.ConsoleMail;
import com.airesume.testing.FacesClient;
import com.airesume.testing.FacesClient.Page;
import com.airesume.testing.RunningApp;
import com.airesume.testing.SharedApp;
import com.airesume.testing.TestDatabases;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * Two instances started through {@code payara/start} with {@code CLUSTER_MEMBERS}, one data grid, one database:
 * a browser logged in through one is logged in through the other, with its roles; a form loaded from one is
 * accepted by the other; a reset code asked for on one verifies on the other; the per-address login limit counts
 * attempts on both; and when one instance is killed (SIGKILL, no goodbye) the other still holds the session.
 * Screenshots: target/screenshots/cluster-*.png.
 */
class TwoInstancesBrowserIT {

    private static final String PASSWORD = "lantern cobalt meadow 3318";

    @Test
    void aLoggedInPersonMovesBetweenInstancesAndSurvivesOneDying(@TempDir Path profile) throws Exception {
        String cluster = "it-" + UUID.randomUUID().toString().substring(0, 8);
        int gridA = RunningApp.freePort();
        int gridB = RunningApp.freePort();
        Map<String, String> shared = sharedDatabase();
        shared.put("CLUSTER_MEMBERS", "127.0.0.1:" + gridA + ",127.0.0.1:" + gridB);
        shared.put("CLUSTER_NAME", cluster);
        shared.put("SECRET_KEY", "two-instances-share-one-secret-so-codes-and-tokens-verify-on-both-" + cluster);
        shared.put("TRUSTED_PROXY_COUNT", "1");
        shared.put("LOGIN_ATTEMPTS_PER_ADDRESS_PER_MINUTE", "4");
        shared.put("ADMIN_EMAIL", SharedApp.ADMIN_EMAIL);
        shared.put("ADMIN_PASSWORD", SharedApp.ADMIN_PASSWORD);
        String email = "ada-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";

        RunningApp a = RunningApp.start("cluster-a", instance(shared, "a", gridA)).awaitReady();
        try (RunningApp b = RunningApp.start("cluster-b", instance(shared, "b", gridB)).awaitReady();
                Browser browser = Browser.start(profile)) {
            awaitGridOfTwo(b);
            Page signedUp = new FacesClient(a, "198.51.100.20").submit("/accounts/signup/", "signup", Map.of(
                    "firstName", "Ada", "lastName", "Lovelace", "email", email, "password", PASSWORD,
                    "confirmPassword", PASSWORD), "submit");
            assertEquals("/accounts/login/", signedUp.path(), signedUp.messages().toString());

            WebDriver page = browser.driver();
            page.get(a.uri("/accounts/login/").toString());
            browser.type("login", email);
            browser.type("password", PASSWORD);
            browser.submit("submit");
            assertEquals("Welcome back, Ada", page.findElement(By.tagName("h1")).getText());
            browser.screenshot("cluster-1-logged-in-on-a");

            page.get(b.uri("/dashboard/").toString());
            assertAll(() -> assertEquals(b.uri("/dashboard/").toString(), page.getCurrentUrl()),
                    () -> assertEquals("Welcome back, Ada", page.findElement(By.tagName("h1")).getText()));
            browser.screenshot("cluster-2-same-session-on-b");

            assertFormFromOneIsAcceptedByTheOther(a, b);
            assertAdministratorKeepsTheRoleOnTheOther(a, b);
            assertResetCodeFromOneVerifiesOnTheOther(a, b, email);
            assertLoginLimitCountsBoth(a, b);

            a.kill();
            page.get(b.uri("/dashboard/").toString());
            assertAll(() -> assertEquals(b.uri("/dashboard/").toString(), page.getCurrentUrl(),
                            "still logged in on b after a was killed"),
                    () -> assertEquals("Welcome back, Ada", page.findElement(By.tagName("h1")).getText()));
            browser.screenshot("cluster-3-b-after-a-was-killed");
        } finally {
            a.close();
        }
    }

    /** Loads the profile form from one instance and posts it to the other: the view state is shared too. */
    private static void assertFormFromOneIsAcceptedByTheOther(RunningApp a, RunningApp b) {
        String email = "grace-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        FacesClient client = new FacesClient(a, "198.51.100.21");
        client.submit("/accounts/signup/", "signup", Map.of("firstName", "Grace", "lastName", "Hopper", "email",
                email, "password", PASSWORD, "confirmPassword", PASSWORD), "submit");
        Page dashboard = client.submit("/accounts/login/", "loginForm", Map.of("login", email, "password",
                PASSWORD), "submit");
        assertEquals("/dashboard/", dashboard.path(), dashboard.messages().toString());
        Page fromA = client.get("/accounts/profile/");
        assertEquals(a.port(), fromA.uri().getPort());
        Page onB = new Page(b.uri("/accounts/profile/"), fromA.status(), fromA.html());
        Page saved = client.post(onB, "details", Map.of("firstName", "Rear Admiral", "lastName", "Hopper",
                "username", "grace" + email.substring(6, 14)), "saveDetails");
        assertAll(() -> assertEquals(b.port(), saved.uri().getPort(), "answered by b"),
                () -> assertTrue(client.get("/dashboard/").text().contains("Welcome back, Rear Admiral"),
                        "a sees what b saved"));
    }

    /** Payara issue 6342: roles lost on the other member. The mechanism reads them from the database instead. */
    private static void assertAdministratorKeepsTheRoleOnTheOther(RunningApp a, RunningApp b) {
        FacesClient admin = new FacesClient(a, "198.51.100.22");
        Page dashboard = admin.submit("/accounts/login/", "loginForm", Map.of("login", SharedApp.ADMIN_EMAIL,
                "password", SharedApp.ADMIN_PASSWORD), "submit");
        assertEquals("/dashboard/", dashboard.path(), dashboard.messages().toString());
        assertEquals(200, admin.get("/admin/").status(), "on a");
        Page onB = admin.get(b.uri("/admin/"));
        assertAll(() -> assertEquals(200, onB.status(), "the ADMIN role holds on b"),
                () -> assertEquals(b.port(), onB.uri().getPort()));
    }

    private static void assertResetCodeFromOneVerifiesOnTheOther(RunningApp a, RunningApp b, String email) {
        FacesClient browser = new FacesClient(a, "198.51.100.23");
        Page verify = browser.submit("/accounts/password/reset/", "resetForm", Map.of("email", email), "submit");
        assertEquals("/accounts/password/reset/verify/", verify.path(), verify.messages().toString());
        String code = ConsoleMail.awaitCode(a, email, "Your AI Resume Builder password reset code");
        Page onB = new Page(b.uri("/accounts/password/reset/verify/"), verify.status(), verify.html());
        Page set = browser.post(onB, "verifyForm", Map.of("code", code), "submit");
        assertAll(() -> assertEquals("/accounts/password/reset/set/", set.path(), set.messages().toString()),
                () -> assertEquals(b.port(), set.uri().getPort()));
    }

    /** LOGIN_ATTEMPTS_PER_ADDRESS_PER_MINUTE=4: two tries on each instance use it up for both. */
    private static void assertLoginLimitCountsBoth(RunningApp a, RunningApp b) throws InterruptedException {
        // The limit counts in fixed minutes (aligned to the epoch): all five attempts go into the same one.
        long intoMinute = System.currentTimeMillis() % 60_000;
        if (intoMinute > 40_000) {
            Thread.sleep(60_500 - intoMinute);
        }
        String address = "198.51.100.24";
        for (RunningApp instance : new RunningApp[] {a, b, a, b}) {
            new FacesClient(instance, address).submit("/accounts/login/", "loginForm", Map.of("login",
                    "nobody@example.com", "password", "not a password at all"), "submit");
        }
        new FacesClient(b, address).submit("/accounts/login/", "loginForm", Map.of("login", "nobody@example.com",
                "password", "not a password at all"), "submit");
        assertTrue(b.output().contains("Too many login attempts from " + address),
                "the fifth attempt, on b, is over the limit both instances share");
    }

    private static Map<String, String> instance(Map<String, String> shared, String name, int gridPort) {
        Map<String, String> env = new HashMap<>(RunningApp.debugEnvironment(SharedApp.dataDir("cluster-" + name)));
        env.putAll(shared);
        env.put("CLUSTER_PORT", Integer.toString(gridPort));
        return env;
    }

    /**
     * One database for both: a fresh PostgreSQL database, or one embedded H2 file that the first instance serves
     * to the second over H2's automatic server (and the second takes over when the first dies).
     */
    private static Map<String, String> sharedDatabase() throws SQLException {
        Map<String, String> env = new HashMap<>();
        if (TestDatabases.postgres()) {
            env.put("DATABASE_URL", TestDatabases.url(TestDatabases.fresh("cluster")));
        } else {
            env.put("DATABASE_URL", TestDatabases.sharedEmbedded(SharedApp.dataDir("cluster-db")));
        }
        return env;
    }

    private static void awaitGridOfTwo(RunningApp instance) throws InterruptedException {
        Instant end = Instant.now().plus(Duration.ofSeconds(60));
        while (!instance.output().contains("DG Size: 2")) {
            assertTrue(Instant.now().isBefore(end), "the two instances never formed one data grid");
            Thread.sleep(200);
        }
    }
}
