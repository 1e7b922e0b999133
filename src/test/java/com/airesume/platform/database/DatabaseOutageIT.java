package com.airesume.platform.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.airesume.testing.RunningApp;
import com.airesume.testing.SharedApp;
import com.airesume.testing.TestDatabases;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;

/**
 * The database goes away while the app runs, then comes back: readiness follows it both ways, the process
 * never dies, and no restart is needed. PostgreSQL stops accepting connections to the app's database and
 * drops the ones it has, which is what a failover or a restart of the server looks like from the app.
 */
class DatabaseOutageIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Test
    void readinessFollowsTheDatabaseDownAndBackWithoutARestart() throws Exception {
        assumeTrue(TestDatabases.postgres(), "PostgreSQL run only");
        String database = TestDatabases.fresh("outage");
        Map<String, String> env = RunningApp.debugEnvironment(SharedApp.dataDir("outage"));
        env.put("DATABASE_URL", TestDatabases.url(database));
        try (RunningApp app = RunningApp.start("database-outage", env).awaitReady()) {
            long pid = app.pid();
            try {
                TestDatabases.admin("ALTER DATABASE " + database + " ALLOW_CONNECTIONS false");
                TestDatabases.admin("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '"
                        + database + "'");
                HttpResponse<String> down = await(app, status -> status == 503);
                assertTrue(down.body().contains("\"reachable\":\"false\""), down.body());
                HttpResponse<String> login = logIn(app);
                assertEquals(503, login.statusCode(), login.body());
                assertTrue(login.body().contains("We'll be right back"), login.body());
                assertEquals("30", login.headers().firstValue("Retry-After").orElse(null));
                assertEquals(200, app.get("/").statusCode(), "a page without data stopped working");
                assertEquals(200, app.get("/health/live").statusCode(), "liveness followed the database");
            } finally {
                TestDatabases.admin("ALTER DATABASE " + database + " ALLOW_CONNECTIONS true");
            }
            HttpResponse<String> back = await(app, status -> status == 200);
            assertTrue(back.body().contains("\"reachable\":\"true\""), back.body());
            HttpResponse<String> login = logIn(app);
            assertEquals(200, login.statusCode());
            assertTrue(login.body().contains("don't match an account"), login.body());
            assertEquals(pid, app.pid());
        }
    }

    @Test
    void databaseDownAtBootEndsTheProcessWithALineAndARestartFindsIt() throws Exception {
        assumeTrue(TestDatabases.postgres(), "PostgreSQL run only");
        String database = TestDatabases.fresh("late");
        Map<String, String> env = RunningApp.debugEnvironment(SharedApp.dataDir("late"));
        env.put("DATABASE_URL", TestDatabases.url(database));
        env.put("DATABASE_CONNECT_RETRIES", "6");
        TestDatabases.admin("ALTER DATABASE " + database + " ALLOW_CONNECTIONS false");
        try (RunningApp late = RunningApp.start("database-late", env)) {
            Instant limit = Instant.now().plus(PATIENCE);
            while (!late.output().contains("Resource communication failure exception skipped")
                    && Instant.now().isBefore(limit)) {
                Thread.sleep(250);
            }
            TestDatabases.admin("ALTER DATABASE " + database + " ALLOW_CONNECTIONS true");
            assertEquals(75, late.awaitExit(), late.output());
            assertTrue(late.output().contains("❌ The database came back during boot"), late.output());
        } finally {
            TestDatabases.admin("ALTER DATABASE " + database + " ALLOW_CONNECTIONS true");
        }
        try (RunningApp restarted = RunningApp.start("database-late-restart", env).awaitReady()) {
            assertEquals(200, restarted.get("/accounts/login/").statusCode());
        }
    }

    /** A login attempt through the real form: it needs the database to look the account up. */
    private static HttpResponse<String> logIn(RunningApp app) {
        HttpResponse<String> form = app.get("/accounts/login/");
        String cookie = form.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        java.util.regex.Matcher state = java.util.regex.Pattern
                .compile("name=\"jakarta.faces.ViewState\" id=\"[^\"]*\" value=\"([^\"]*)\"").matcher(form.body());
        assertTrue(state.find(), form.body());
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"form_token\" value=\"([^\"]*)\"")
                .matcher(form.body());
        assertTrue(token.find(), form.body());
        String body = "loginForm=loginForm&login=nobody%40example.com&password=violet+tractor+umbrella+42"
                + "&submit=Log+in&form_token=" + token.group(1) + "&jakarta.faces.ViewState="
                + java.net.URLEncoder.encode(state.group(1), java.nio.charset.StandardCharsets.UTF_8);
        return app.send(java.net.http.HttpRequest.newBuilder(app.uri("/accounts/login/")).header("Cookie", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)));
    }

    private static HttpResponse<String> await(RunningApp app, IntPredicate status) throws InterruptedException {
        Instant limit = Instant.now().plus(PATIENCE);
        HttpResponse<String> last = null;
        while (Instant.now().isBefore(limit)) {
            last = app.get("/health/ready");
            if (status.test(last.statusCode())) {
                return last;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("readiness did not change within " + PATIENCE + "; last: "
                + (last == null ? "none" : last.statusCode() + " " + last.body()));
    }
}
