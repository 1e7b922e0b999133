package com.airesume.admin.boundary;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.airesume.mail.control.MailSeal;
import com.airesume.testing.Browser;
import com.airesume.testing.FacesClient;
import com.airesume.testing.FacesClient.Page;
import com.airesume.testing.MailRelay;
import com.airesume.testing.RunningApp;
import com.airesume.testing.SharedApp;
import com.airesume.testing.TestDatabases;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The console's mail outbox and system pages on an app of their own that sends through a GreenMail relay, with
 * secrets in every variable that has one. Mails in every state are written straight into the outbox (sealed
 * with the app's SECRET_KEY, as the app seals them); the test reads the rows back from the database while the
 * app runs (PostgreSQL, or H2 through its automatic server). Screenshots: target/screenshots/admin-mail-*.png.
 */
class AdminMailIT {

    private static final String SECRET_KEY = "admin-mail-it-secret-key-that-is-long-enough-0123456789";
    private static final String DB_PASSWORD = "db-pass-4471-unseen";
    private static final String AI_KEY = "sk-admin-it-5512-unseen";
    private static final String CLOUDINARY_SECRET = "cloud-secret-7788-unseen";
    private static final String ADMIN_EMAIL = "ops@example.com";
    private static final String ADMIN_PASSWORD = "lantern orbit cobalt 5190";
    private static final String PASSWORD = "meadow piston violet 3381";

    private static MailRelay relay;
    private static RunningApp app;
    private static String jdbcUrl;
    private static String database;

    @BeforeAll
    static void start() throws SQLException {
        Path data = SharedApp.dataDir("admin-mail");
        Map<String, String> env = RunningApp.debugEnvironment(data);
        if (TestDatabases.postgres()) {
            database = TestDatabases.fresh("admin_mail");
            env.put("DATABASE_URL", "postgresql://postgres:" + DB_PASSWORD + "@" + TestDatabases.SERVER + "/"
                    + database);
        } else {
            // The app's own H2 file, served so that the test can read it while the app holds it.
            jdbcUrl = TestDatabases.sharedEmbedded(data);
            env.put("DATABASE_URL", jdbcUrl);
        }
        relay = MailRelay.start();
        env.putAll(relay.environment());
        env.put("TRUSTED_PROXY_COUNT", "1");
        env.put("SECRET_KEY", SECRET_KEY);
        env.put("ADMIN_EMAIL", ADMIN_EMAIL);
        env.put("ADMIN_PASSWORD", ADMIN_PASSWORD);
        env.put("AI_API_URL", "http://127.0.0.1:9/v1");
        env.put("AI_API_KEY", AI_KEY);
        env.put("CLOUDINARY_URL", "cloudinary://412345:" + CLOUDINARY_SECRET + "@demo-cloud");
        app = RunningApp.start("admin-mail", env).awaitReady();
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
        if (relay != null) {
            relay.close();
        }
    }

    @Test
    void onlyAdministratorsReachThePagesAndTheirActions() throws Exception {
        String tag = tag();
        long failed = insert(tag, "failed", "NOTICE", "FAILED", true, Instant.now().minusSeconds(3600));
        for (String page : List.of("/admin/mail/", "/admin/system/")) {
            HttpResponse<String> anonymous = app.get(page);
            assertAll(page, () -> assertEquals(302, anonymous.statusCode()),
                    () -> assertTrue(anonymous.headers().firstValue("Location").orElseThrow()
                            .contains("/accounts/login/"), anonymous.headers().toString()));
        }
        FacesClient admin = admin();
        Page outbox = admin.get("/admin/mail/?q=" + tag);
        FacesClient person = signedUpAndIn("198.51.100.81");
        for (String page : List.of("/admin/mail/", "/admin/system/")) {
            assertEquals(404, person.get(page).status(), page);
        }
        for (String action : List.of("retry", "discard")) {
            Page replayed = post(person, outbox, failed, action);
            Page anonymous = post(new FacesClient(app, "198.51.100.82"), outbox, failed, action);
            assertAll(action, () -> assertEquals(404, replayed.status(), "a person without the role gets 404"),
                    () -> assertEquals("/accounts/login/", anonymous.path(), "a visitor is sent to log in"));
        }
        assertAll(() -> assertEquals("FAILED|3|sealed|Connection refused", row(failed)),
                () -> assertEquals(List.of(), adminActions(tag)),
                () -> assertEquals(200, admin.get("/admin/system/").status()));
    }

    @Test
    void retryMakesAFailedMailDueAndTheOutboxSendsIt() throws Exception {
        String tag = tag();
        long failed = insert(tag, "failed", "NOTICE", "FAILED", true, Instant.now().minusSeconds(3600));
        FacesClient admin = admin();
        Page outbox = admin.get("/admin/mail/?status=FAILED&q=" + tag);
        assertTrue(outbox.text().contains(pendingAndFailed()), outbox.text());

        Page after = post(admin, outbox, failed, "retry");
        String recipient = recipient(tag, "failed");
        assertAll(() -> assertEquals("/admin/mail/", after.path()),
                () -> assertTrue(after.uri().getQuery().contains("status=FAILED"), "the filters stay: " + after.uri()),
                () -> assertEquals(List.of("Mail " + failed + " to " + recipient
                        + " is due now; the outbox sends it within a few seconds."), after.messages()));
        relay.awaitMail(recipient, 1, Duration.ofSeconds(30));
        awaitRow(failed, "SENT|4|erased|null");
        assertEquals(List.of(recipient + "|mail " + failed + " retried"), adminActions(tag));
        assertEquals("Mail text for " + recipient, MailRelay.text(relay.mailsTo(recipient).get(0)).strip());
    }

    @Test
    void discardFailsAWaitingMailAndErasesItsBody() throws Exception {
        String tag = tag();
        long waiting = insert(tag, "waiting", "NOTICE", "PENDING", true, Instant.now().plusSeconds(3600));
        FacesClient admin = admin();
        Page after = post(admin, admin.get("/admin/mail/?q=" + tag), waiting, "discard");
        String recipient = recipient(tag, "waiting");
        assertAll(() -> assertEquals(List.of("Mail " + waiting + " to " + recipient
                        + " was discarded: it will not be sent and its body was erased."), after.messages()),
                () -> assertEquals("FAILED|1|erased|discarded by an administrator", row(waiting)),
                () -> assertEquals(List.of(recipient + "|mail " + waiting + " discarded"), adminActions(tag)));

        Page again = post(admin, admin.get("/admin/mail/?q=" + tag), waiting, "retry");
        assertAll(() -> assertEquals(List.of("Mail " + waiting + " to " + recipient
                        + " cannot be sent again: its body was erased."), again.messages()),
                () -> assertEquals("FAILED|1|erased|discarded by an administrator", row(waiting)),
                () -> assertEquals(1, adminActions(tag).size(), "a refused retry changes nothing"),
                () -> assertEquals(List.of(), relay.mailsTo(recipient)));
    }

    @Test
    void aCodeMailWhoseCodeExpiredIsNotRetried() throws Exception {
        String tag = tag();
        long code = insert(tag, "code", "RESET_CODE", "PENDING", true, Instant.now().plusSeconds(3600));
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            // Its code expired a minute ago; the timer fails such a row within seconds, so either state is fair.
            statement.executeUpdate("UPDATE mail_outbox SET give_up_at = give_up_at - INTERVAL '2' HOUR"
                    + " WHERE id = " + code);
        }
        FacesClient admin = admin();
        Page after = post(admin, admin.get("/admin/mail/?q=" + tag), code, "retry");
        assertAll(() -> assertTrue(after.messages().toString().contains("holds a reset code that has expired, so it"
                        + " was not sent again"), after.messages().toString()),
                () -> assertEquals(List.of(), adminActions(tag)),
                () -> assertFalse(row(code).startsWith("SENT"), row(code)));
        Thread.sleep(6_000);
        assertEquals(List.of(), relay.mailsTo(recipient(tag, "code")), "no timer run sent it either");
    }

    @Test
    void theSystemPageShowsVersionMigrationsAndTheBootReportWithoutSecrets() throws Exception {
        Page system = admin().get("/admin/system/");
        String text = system.text();
        String version = projectVersion();
        assertAll(() -> assertEquals(200, system.status()),
                () -> assertTrue(text.contains("Application version " + version), text),
                () -> assertTrue(text.contains("Payara"), "the server names itself: " + text),
                () -> assertTrue(text.contains(Runtime.version().feature() + "."), "the Java version: " + text),
                () -> assertTrue(text.contains("8 auth events"), "a later migration: " + text),
                () -> assertTrue(text.contains("1 create users"), "the first migration: " + text),
                () -> assertTrue(text.contains("✅ SECRET_KEY configured (" + SECRET_KEY.length() + " characters)"),
                        text),
                () -> assertTrue(text.contains("✅ Email configured: Real emails will be sent via SMTP (127.0.0.1:"
                        + relay.port()), text),
                () -> assertTrue(text.contains("✅ Cloudinary configured: Media files will be stored in the cloud"
                        + " (demo-cloud)"), text),
                () -> assertTrue(text.contains(TestDatabases.postgres() ? "✅ Database configured" : "Database"),
                        text));
        for (String secret : List.of(SECRET_KEY, DB_PASSWORD, AI_KEY, CLOUDINARY_SECRET, ADMIN_PASSWORD)) {
            assertFalse(system.html().contains(secret), "the page shows a secret");
        }
    }

    @Test
    void theOutboxAndSystemPagesInABrowser(@TempDir Path profile) throws Exception {
        String tag = tag();
        insert(tag, "failed", "NOTICE", "FAILED", true, Instant.now().minusSeconds(3600));
        long waiting = insert(tag, "waiting", "NOTICE", "PENDING", true, Instant.now().plusSeconds(600));
        insert(tag, "code", "RESET_CODE", "FAILED", false, Instant.now().minusSeconds(60));
        try (Browser browser = Browser.start(profile)) {
            WebDriver page = browser.driver();
            page.get(app.uri("/accounts/login/").toString());
            browser.type("login", ADMIN_EMAIL);
            browser.type("password", ADMIN_PASSWORD);
            browser.submit("submit");
            page.get(app.uri("/admin/").toString());
            page.findElement(By.linkText("Mail")).click();
            browser.type("q", tag);
            page.findElement(By.cssSelector("form[role=search] button")).click();
            assertEquals(3, page.findElements(By.cssSelector(".mail-table tbody tr")).size());
            browser.screenshot("admin-mail-1-outbox");
            browser.assertAccessible();

            page.findElement(By.cssSelector("[aria-label='Discard mail " + waiting + " to "
                    + recipient(tag, "waiting") + "']")).click();
            new WebDriverWait(page, Duration.ofSeconds(15)).until(d -> d.findElements(By.cssSelector(".notice-success"))
                    .stream().anyMatch(notice -> notice.getText().contains("was discarded")));
            browser.screenshot("admin-mail-2-discarded");
            browser.assertAccessible();

            page.findElement(By.linkText("System")).click();
            assertTrue(page.findElement(By.id("app-version")).getText().contains(projectVersion()));
            browser.screenshot("admin-mail-3-system");
            browser.assertAccessible();
        }
    }

    private static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static String recipient(String tag, String what) {
        return what + "-" + tag + "@example.com";
    }

    private static FacesClient admin() {
        FacesClient admin = new FacesClient(app, "198.51.100.80");
        Page dashboard = admin.submit("/accounts/login/", "loginForm", Map.of("login", ADMIN_EMAIL, "password",
                ADMIN_PASSWORD), "submit");
        assertEquals("/dashboard/", dashboard.path(), dashboard.messages().toString());
        return admin;
    }

    private static FacesClient signedUpAndIn(String address) {
        String email = "person-" + tag() + "@example.com";
        FacesClient client = new FacesClient(app, address);
        Page signedUp = client.submit("/accounts/signup/", "signup", Map.of("firstName", "Nell", "lastName",
                "Person", "email", email, "password", PASSWORD, "confirmPassword", PASSWORD), "submit");
        assertEquals("/accounts/login/", signedUp.path(), signedUp.messages().toString());
        Page dashboard = client.submit("/accounts/login/", "loginForm", Map.of("login", email, "password",
                PASSWORD), "submit");
        assertEquals("/dashboard/", dashboard.path(), dashboard.messages().toString());
        return client;
    }

    /** Presses a row's button on a page the administrator loaded, as {@code client}. */
    private static Page post(FacesClient client, Page outbox, long mail, String button) {
        Matcher form = Pattern.compile("data-mail=\"" + mail + "\".*?<form id=\"([^\"]+)\"", Pattern.DOTALL)
                .matcher(outbox.html());
        assertTrue(form.find(), "mail " + mail + " is not on the page:\n" + outbox.html());
        String formId = form.group(1);
        assertTrue(outbox.html().contains("name=\"" + formId + ":" + button + "\""), outbox.html());
        return client.post(outbox, formId, Map.of("mail", Long.toString(mail)), formId + ":" + button);
    }

    /** The count the heading shows, as the database has it now. */
    private static String pendingAndFailed() throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT SUM(CASE WHEN status = 'PENDING' THEN 1 ELSE 0 END),"
                     + " SUM(CASE WHEN status = 'FAILED' THEN 1 ELSE 0 END) FROM mail_outbox")) {
            rows.next();
            return rows.getLong(1) + " waiting, " + rows.getLong(2) + " failed";
        }
    }

    private static long insert(String tag, String what, String kind, String status, boolean body, Instant next)
            throws SQLException {
        MailSeal seal = new MailSeal(SECRET_KEY);
        String recipient = recipient(tag, what);
        Instant now = Instant.now();
        try (Connection connection = connect();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO mail_outbox (kind, recipient,"
                     + " subject, sealed_text, sealed_html, status, attempts, next_attempt_at, give_up_at, last_error,"
                     + " created_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)",
                     Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, kind);
            insert.setString(2, recipient);
            insert.setString(3, "RESET_CODE".equals(kind) ? "Your password reset code" : "Your password was changed");
            insert.setString(4, body ? seal.seal("Mail text for " + recipient) : null);
            insert.setString(5, body ? seal.seal("<p>Mail text for " + recipient + "</p>") : null);
            insert.setString(6, status);
            insert.setInt(7, "FAILED".equals(status) ? 3 : 1);
            insert.setTimestamp(8, Timestamp.from(next));
            insert.setTimestamp(9, Timestamp.from("FAILED".equals(status) ? now.minusSeconds(60)
                    : now.plus(Duration.ofHours(1))));
            insert.setString(10, "FAILED".equals(status) && "RESET_CODE".equals(kind)
                    ? "gave up: the code expired before it could be sent" : "Connection refused");
            insert.setTimestamp(11, Timestamp.from(now.minus(Duration.ofHours(2))));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** Status, attempts, whether the body is still there, and the last error. */
    private static String row(long id) throws SQLException {
        try (Connection connection = connect();
             PreparedStatement select = connection.prepareStatement("SELECT status, attempts, sealed_text IS NOT NULL"
                     + " AND sealed_html IS NOT NULL, last_error FROM mail_outbox WHERE id = ?")) {
            select.setLong(1, id);
            try (ResultSet rows = select.executeQuery()) {
                assertTrue(rows.next(), "mail " + id + " is gone");
                return rows.getString(1) + "|" + rows.getInt(2) + "|" + (rows.getBoolean(3) ? "sealed" : "erased")
                        + "|" + rows.getString(4);
            }
        }
    }

    private static void awaitRow(long id, String expected) throws Exception {
        Instant end = Instant.now().plusSeconds(15);
        while (!row(id).equals(expected) && Instant.now().isBefore(end)) {
            Thread.sleep(200);
        }
        assertEquals(expected, row(id));
    }

    /** The audit log's administrator actions on this test's mails, each by the administrator. */
    private static List<String> adminActions(String tag) throws SQLException {
        List<String> actions = new ArrayList<>();
        try (Connection connection = connect();
             PreparedStatement select = connection.prepareStatement("SELECT e.subject, e.detail, u.email"
                     + " FROM auth_events e LEFT JOIN users u ON u.id = e.user_id WHERE e.kind = 'ADMIN_ACTION'"
                     + " AND e.subject LIKE ? ORDER BY e.id")) {
            select.setString(1, "%-" + tag + "@example.com");
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    assertEquals(ADMIN_EMAIL, rows.getString(3), "the action is the administrator's");
                    actions.add(rows.getString(1) + "|" + rows.getString(2));
                }
            }
        }
        return actions;
    }

    private static Connection connect() throws SQLException {
        return database != null ? TestDatabases.connect(database) : DriverManager.getConnection(jdbcUrl, "", "");
    }

    private static String projectVersion() throws Exception {
        Matcher version = Pattern.compile("<artifactId>ai-resume-builder</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(Files.readString(Path.of("pom.xml")));
        assertTrue(version.find());
        return version.group(1);
    }
}
