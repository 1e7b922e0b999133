package com.airesume.mail.boundary;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.airesume.testing.FacesClient;
import com.airesume.testing.MailRelay;
import com.airesume.testing.RunningApp;
import com.airesume.testing.SharedApp;
import com.airesume.testing.SilentRelay;
import com.airesume.testing.TestDatabases;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Mail under the faults that sank the first version: a relay that never answers, a relay that is down, a restart
 * with mail owed, and two instances draining one outbox. Each test runs its own app(s) through
 * {@code payara/start}, with the relay's timeout shortened to 3 seconds.
 */
class MailDeliveryIT {

    private static final String PASSWORD = "violet tractor umbrella 42";
    private static final String SECRET_KEY = "mail-delivery-it-secret-key-that-is-long-enough-0123456789";

    @Test
    void aSilentRelayNeverSlowsAPage() {
        try (SilentRelay silent = new SilentRelay();
             RunningApp app = start("silent", environment(SharedApp.dataDir("silent"), SharedApp.database("silent"),
                     Map.of("EMAIL_HOST", "127.0.0.1", "EMAIL_PORT", Integer.toString(silent.port()),
                             "EMAIL_TIMEOUT", "3")))) {
            FacesClient client = new FacesClient(app, "203.0.113.1");
            String email = signUp(client);
            client.submit("/accounts/password/reset/", "resetForm", Map.of("email", email), "submit");
            List<Long> resets = new ArrayList<>();
            List<Long> pages = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                resets.add(millis(() -> client.submit("/accounts/password/reset/", "resetForm",
                        Map.of("email", email), "submit")));
                pages.add(millis(() -> client.get("/")));
                pages.add(millis(() -> client.get("/accounts/login/")));
            }
            awaitLog(app, "❌ Failed to send OTP email to " + email, Duration.ofSeconds(30));
            System.out.println("Silent relay: reset request + redirect " + resets + " ms; other pages " + pages + " ms");
            long slowestReset = resets.stream().mapToLong(Long::longValue).max().orElseThrow();
            long slowestPage = pages.stream().mapToLong(Long::longValue).max().orElseThrow();
            assertAll(() -> assertTrue(slowestReset < 1000, "reset request + redirect took " + resets + " ms"),
                    () -> assertTrue(slowestPage < 1000, "other pages took " + pages + " ms"),
                    () -> assertTrue(silent.connections() >= 1, "the app did try the relay"),
                    () -> assertTrue(app.output().contains("will retry at"), "the failure says when it retries"));
        }
    }

    @Test
    void aMailQueuedWhileTheRelayIsDownArrivesOnceItIsUp() {
        try (MailRelay relay = MailRelay.reserve();
             RunningApp app = start("relay-down", environment(SharedApp.dataDir("relay-down"),
                     SharedApp.database("relay_down"), relay.environment()))) {
            FacesClient client = new FacesClient(app, "203.0.113.2");
            String email = signUp(client);
            client.submit("/accounts/password/reset/", "resetForm", Map.of("email", email), "submit");
            awaitLog(app, "❌ Failed to send OTP email to " + email, Duration.ofSeconds(30));
            relay.up();
            String code = MailRelay.code(relay.awaitMail(email, 1, Duration.ofSeconds(60)));
            assertEquals("/accounts/password/reset/set/", client.submit("/accounts/password/reset/verify/",
                    "verifyForm", Map.of("code", code), "submit").path(), "the late code still works");
            awaitLog(app, "✅ OTP email sent successfully to " + email, Duration.ofSeconds(5));
        }
    }

    @Test
    void mailOwedAtShutdownIsSentAfterTheNextBoot() {
        Path data = SharedApp.dataDir("restart");
        Map<String, String> env = environment(data, SharedApp.database("restart"), Map.of());
        try (MailRelay relay = MailRelay.reserve()) {
            env.putAll(relay.environment());
            String email;
            try (RunningApp before = start("restart-1", env)) {
                FacesClient client = new FacesClient(before, "203.0.113.3");
                email = signUp(client);
                client.submit("/accounts/password/reset/", "resetForm", Map.of("email", email), "submit");
                awaitLog(before, "❌ Failed to send OTP email to " + email, Duration.ofSeconds(30));
            }
            relay.up();
            try (RunningApp after = start("restart-2", env)) {
                relay.awaitMail(email, 1, Duration.ofSeconds(60));
                awaitLog(after, "✅ OTP email sent successfully to " + email, Duration.ofSeconds(5));
            }
        }
    }

    @Test
    void twoInstancesDrainingOneOutboxSendEachMailOnce() throws Exception {
        assumeTrue(TestDatabases.postgres(), "two processes share PostgreSQL; the embedded database is one process's");
        String database = TestDatabases.fresh("two_instances");
        Map<String, String> db = Map.of("DATABASE_URL", TestDatabases.url(database));
        int mails = 24;
        try (MailRelay relay = MailRelay.reserve()) {
            Map<String, String> first = environment(SharedApp.dataDir("two-a"), db, relay.environment());
            Map<String, String> second = environment(SharedApp.dataDir("two-b"), db, relay.environment());
            try (RunningApp a = start("two-a", first); RunningApp b = start("two-b", second)) {
                String email = signUp(new FacesClient(a, "203.0.113.4"));
                for (int i = 0; i < mails; i++) {
                    RunningApp instance = i % 2 == 0 ? a : b;
                    new FacesClient(instance, "203.0.113.5").submit("/accounts/password/reset/", "resetForm",
                            Map.of("email", email), "submit");
                }
                Instant failedBy = Instant.now().plusSeconds(30);
                while (count(database, "status = 'PENDING' AND attempts > 0") < mails) {
                    assertTrue(Instant.now().isBefore(failedBy), "every first try failed against the closed port");
                    Thread.sleep(200);
                }
                relay.up();
                relay.awaitMail(email, mails, Duration.ofSeconds(90));
                Thread.sleep(12_000);
                long sentByA = lines(a, "✅ OTP email sent successfully to " + email);
                long sentByB = lines(b, "✅ OTP email sent successfully to " + email);
                assertAll(() -> assertEquals(mails, relay.mailsTo(email).size(), "each mail arrived exactly once"),
                        () -> assertEquals(mails, count(database, "status = 'SENT'")),
                        () -> assertEquals(mails, sentByA + sentByB, "A sent " + sentByA + ", B sent " + sentByB));
            }
        }
    }

    private static Map<String, String> environment(Path data, Map<String, String> database, Map<String, String> mail) {
        Map<String, String> env = new LinkedHashMap<>(RunningApp.debugEnvironment(data));
        env.put("TRUSTED_PROXY_COUNT", "1");
        env.put("SECRET_KEY", SECRET_KEY);
        env.put("PASSWORD_RESET_CODES_PER_EMAIL", "1000");
        env.put("PASSWORD_RESET_REQUESTS_PER_ADDRESS", "1000");
        env.put("EMAIL_VERIFICATION", "none"); // counts the mails to each address: none at signup
        env.putAll(database);
        env.putAll(mail);
        return env;
    }

    private static RunningApp start(String name, Map<String, String> env) {
        return RunningApp.start(name, env).awaitReady();
    }

    private static String signUp(FacesClient client) {
        String email = "mail-" + UUID.randomUUID() + "@example.com";
        FacesClient.Page page = client.submit("/accounts/signup/", "signup", Map.of("firstName", "Grace",
                "lastName", "Hopper", "email", email, "password", PASSWORD, "confirmPassword", PASSWORD), "submit");
        assertEquals("/accounts/login/", page.path(), page.messages().toString());
        return email;
    }

    private static long millis(Supplier<FacesClient.Page> request) {
        long start = System.nanoTime();
        FacesClient.Page page = request.get();
        assertEquals(200, page.status());
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static void awaitLog(RunningApp app, String line, Duration limit) {
        Instant end = Instant.now().plus(limit);
        while (!app.output().contains(line)) {
            assertTrue(Instant.now().isBefore(end), "No log line '" + line + "' within " + limit);
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private static long lines(RunningApp app, String line) {
        return app.output().lines().filter(l -> l.contains(line)).count();
    }

    private static long count(String database, String condition) throws SQLException {
        try (Connection connection = TestDatabases.connect(database);
             ResultSet rows = connection.createStatement().executeQuery("SELECT COUNT(*) FROM mail_outbox WHERE "
                     + condition)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
