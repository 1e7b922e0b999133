package com.airesume.platform.boot;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.airesume.testing.Migrations;
import com.airesume.testing.RunningApp;
import com.airesume.testing.SharedApp;
import com.airesume.testing.TestDatabases;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code payara/start} as an operator meets it: what refuses to start, with which line, and what starts and
 * keeps its data.
 */
class StartScriptIT {

    private static final String SECRET_KEY = "test-secret-key-0123456789-abcdefghijklmnopqrstuvwxyz-ABCDEFGHIJ";
    private static final String DB_PASSWORD = "pw-that-must-never-be-logged-7f3a";

    @Test
    void productionWithoutSecretKeyExitsNamingIt() {
        Map<String, String> env = Map.of("DEBUG", "False", "ALLOWED_HOSTS", "resumes.example.com",
                "ALLOW_EMBEDDED_DB", "True", "DATA_DIR", SharedApp.dataDir("nokey").toString());
        try (RunningApp app = RunningApp.start("no-secret-key", env)) {
            assertEquals(BootSequence.EXIT_CONFIGURATION_ERROR, app.awaitExit());
            assertTrue(app.output().lines().anyMatch(l -> l.contains("❌ SECRET_KEY is not set")
                    && l.contains("at least 50 characters")), app.output());
        }
    }

    @Test
    void productionWithWeakSecretKeyAndNoHostsExitsNamingBoth() {
        Map<String, String> env = Map.of("DEBUG", "False", "SECRET_KEY", "short", "ALLOW_EMBEDDED_DB", "True",
                "DATA_DIR", SharedApp.dataDir("weakkey").toString());
        try (RunningApp app = RunningApp.start("weak-secret-key", env)) {
            assertEquals(BootSequence.EXIT_CONFIGURATION_ERROR, app.awaitExit());
            String output = app.output();
            assertAll(() -> assertTrue(output.contains("❌ SECRET_KEY is too short (5 characters)"), output),
                    () -> assertTrue(output.contains("❌ ALLOWED_HOSTS is not set"), output),
                    () -> assertFalse(output.contains("DATABASE_URL is not set"), output));
        }
    }

    @Test
    void malformedDatabaseUrlExitsWithAdvice() {
        Map<String, String> env = Map.of("DEBUG", "True", "DATABASE_URL", "mysql://root@localhost/resumes",
                "DATA_DIR", SharedApp.dataDir("badurl").toString());
        try (RunningApp app = RunningApp.start("bad-database-url", env)) {
            assertEquals(BootSequence.EXIT_CONFIGURATION_ERROR, app.awaitExit());
            assertTrue(app.output().contains("❌ DATABASE_URL is not a database URL; use postgresql://"),
                    app.output());
        }
    }

    @Test
    void unreachableDatabaseIsRetriedThenExits() throws Exception {
        int closedPort = RunningApp.freePort();
        Map<String, String> env = Map.of("DEBUG", "True", "DATABASE_CONNECT_RETRIES", "1",
                "DATABASE_URL", "postgresql://postgres@127.0.0.1:" + closedPort + "/resumes",
                "DATA_DIR", SharedApp.dataDir("nodb").toString());
        try (RunningApp app = RunningApp.start("unreachable-database", env)) {
            assertEquals(BootSequence.EXIT_CONFIGURATION_ERROR, app.awaitExit());
            String output = app.output();
            assertAll(() -> assertTrue(output.contains("❌ Database not usable (PostgreSQL database 'resumes' on"
                            + " 127.0.0.1:" + closedPort + ")"), output),
                    () -> assertTrue(output.contains("Connection refused"), output),
                    () -> assertTrue(output.contains("check DATABASE_URL and that the database server is running"),
                            output));
        }
    }

    @Test
    void embeddedDatabaseKeepsItsDataAcrossRestarts() throws Exception {
        Path dataDir = SharedApp.dataDir("restart");
        try (RunningApp first = RunningApp.start("restart-1", RunningApp.debugEnvironment(dataDir))) {
            first.awaitReady();
            assertTrue(first.output().contains("Database migrations applied: " + Migrations.versions().size()
                    + " new, schema at version " + Migrations.latest()), first.output());
        }
        try (Connection h2 = embedded(dataDir); Statement statement = h2.createStatement()) {
            statement.executeUpdate("INSERT INTO users (email, email_key, username, username_key, first_name,"
                    + " last_name, password_hash, created_at, updated_at) VALUES ('Ada@Example.com',"
                    + " 'ada@example.com', 'ada', 'ada', 'Ada', 'Lovelace', 'x', CURRENT_TIMESTAMP,"
                    + " CURRENT_TIMESTAMP)");
        }
        try (RunningApp second = RunningApp.start("restart-2", RunningApp.debugEnvironment(dataDir))) {
            second.awaitReady();
            assertTrue(second.output().contains("Database migrations applied: 0 new, schema at version "
                    + Migrations.latest()), second.output());
        }
        try (Connection h2 = embedded(dataDir); Statement statement = h2.createStatement()) {
            assertEquals(1, count(statement, "SELECT COUNT(*) FROM users WHERE email_key = 'ada@example.com'"));
            assertEquals(Migrations.versions().size(), count(statement,
                    "SELECT COUNT(*) FROM flyway_schema_history WHERE version IS NOT NULL"));
            assertEquals(0, count(statement, "SELECT COUNT(*) FROM flyway_schema_history WHERE NOT success"));
        }
    }

    @Test
    void productionOnPostgresInRendersFormMigratesThereAndLogsNoSecret() throws Exception {
        assumeTrue(TestDatabases.postgres(), "PostgreSQL run only");
        String database = TestDatabases.fresh("render");
        Map<String, String> env = Map.of("DEBUG", "False", "SECRET_KEY", SECRET_KEY,
                "ALLOWED_HOSTS", "localhost", "DATA_DIR", SharedApp.dataDir("render").toString(),
                "DATABASE_URL", "postgresql://postgres:" + DB_PASSWORD + "@" + TestDatabases.SERVER + "/" + database
                        + "?sslmode=disable",
                "EMAIL_HOST", "smtp.example.com", "EMAIL_HOST_USER", "mailer",
                "EMAIL_HOST_PASSWORD", DB_PASSWORD + "-mail", "EMAIL_USE_TLS", "True");
        try (RunningApp app = RunningApp.start("render-postgres", env)) {
            app.awaitReady();
            String output = app.output();
            assertAll(
                    () -> assertTrue(output.contains("✅ Database configured: PostgreSQL database '" + database
                            + "' on " + TestDatabases.SERVER), output),
                    () -> assertTrue(output.contains("✅ Email configured: Real emails will be sent via SMTP"), output),
                    () -> assertTrue(output.contains("✅ Production mode"), output),
                    () -> assertFalse(output.contains(DB_PASSWORD), "a password reached the log"),
                    () -> assertFalse(output.contains(SECRET_KEY), "SECRET_KEY reached the log"));
        }
        try (Connection connection = TestDatabases.connect(database); Statement statement = connection.createStatement()) {
            assertEquals(Migrations.versions().size(), count(statement,
                    "SELECT COUNT(*) FROM flyway_schema_history WHERE success AND version IS NOT NULL"));
            assertEquals(0, count(statement, "SELECT COUNT(*) FROM users"));
        }
    }

    @Test
    void logFormatJsonWritesOneJsonObjectPerLine() {
        Map<String, String> env = RunningApp.debugEnvironment(SharedApp.dataDir("jsonlog"));
        env.put("LOG_FORMAT", "json");
        List<JsonObject> records = new ArrayList<>();
        List<String> notJson = new ArrayList<>();
        try (RunningApp app = RunningApp.start("json-log", env).awaitReady()) {
            for (String line : app.output().lines().filter(l -> !l.isBlank()).toList()) {
                try (JsonReader reader = Json.createReader(new StringReader(line))) {
                    records.add(reader.readObject());
                } catch (JsonException e) {
                    notJson.add(line);
                }
            }
        }
        assertAll(() -> assertEquals(List.of(), notJson),
                () -> assertTrue(records.stream().anyMatch(r -> r.getString("LogMessage", "")
                        .equals("✅ AI Resume Builder is ready") && r.getString("Level").equals("INFO")),
                        records.toString()));
    }

    @Test
    void anUnknownLogFormatStopsTheStartNamingIt() {
        Map<String, String> env = RunningApp.debugEnvironment(SharedApp.dataDir("badlog"));
        env.put("LOG_FORMAT", "xml");
        try (RunningApp app = RunningApp.start("bad-log-format", env)) {
            assertEquals(78, app.awaitExit());
            assertTrue(app.output().contains("❌ LOG_FORMAT is 'xml'; set it to text or json"), app.output());
        }
    }

    private static Connection embedded(Path dataDir) throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + dataDir.resolve("db/resumes")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;IFEXISTS=TRUE", "sa", "");
    }

    private static long count(Statement statement, String sql) throws SQLException {
        try (ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
