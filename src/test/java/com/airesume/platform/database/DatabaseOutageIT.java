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
                assertEquals(200, app.get("/").statusCode(), "a page without data stopped working");
                assertEquals(200, app.get("/health/live").statusCode(), "liveness followed the database");
            } finally {
                TestDatabases.admin("ALTER DATABASE " + database + " ALLOW_CONNECTIONS true");
            }
            HttpResponse<String> back = await(app, status -> status == 200);
            assertTrue(back.body().contains("\"reachable\":\"true\""), back.body());
            assertEquals(pid, app.pid());
        }
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
