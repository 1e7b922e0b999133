package com.airesume.platform.housekeeping;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.airesume.accounts.boundary.AccountService;
import com.airesume.accounts.boundary.LoginThrottles;
import com.airesume.accounts.boundary.RememberMeTokens;
import com.airesume.accounts.boundary.Signup;
import com.airesume.accounts.entity.User;
import com.airesume.platform.database.DatabaseSchema;
import com.airesume.platform.limits.RateLimits;
import com.airesume.testing.Deployments;
import jakarta.annotation.Resource;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One housekeeping run, as the timer fires it, against rows made for the test: what has expired goes, mail still
 * owed stays.
 */
@ExtendWith(ArquillianExtension.class)
class HousekeepingIT {

    @Deployment
    static WebArchive application() {
        return Deployments.builtWar();
    }

    @Inject
    Event<HousekeepingDue> housekeeping;

    @Inject
    AccountService accounts;

    @Inject
    RememberMeTokens tokens;

    @Inject
    LoginThrottles throttles;

    @Inject
    RateLimits limits;

    @Resource(lookup = DatabaseSchema.DATA_SOURCE)
    DataSource dataSource;

    @Test
    void expiredRowsGoAndOwedMailStays() throws Exception {
        String tag = UUID.randomUUID().toString();
        User user = accounts.signUp(new Signup("Hedy", "Lamarr", "purge-" + tag + "@example.com",
                "violet tractor umbrella 42"));
        tokens.issue(user.getId());
        throttles.recordFailure("purge:" + tag);
        limits.hit("purge-test", tag, Duration.ofMinutes(1));
        Instant old = Instant.now().minus(Duration.ofDays(8));
        insert("INSERT INTO password_resets (browser_hash, email, code_hash, created_at, expires_at, failed_attempts,"
                + " version) VALUES (?, ?, 'x', ?, ?, 0, 1)", tag, "purge-" + tag + "@example.com", old, old);
        for (String status : new String[] {"SENT", "FAILED", "PENDING"}) {
            insert("INSERT INTO mail_outbox (kind, recipient, subject, status, attempts, next_attempt_at, give_up_at,"
                    + " created_at, version) VALUES ('NOTICE', ?, ?, ?, 1, ?, ?, ?, 1)", "purge-" + tag + "@example.com",
                    status, status, Instant.now().plus(Duration.ofDays(30)), Instant.now().plus(Duration.ofDays(30)),
                    old);
        }

        housekeeping.fire(new HousekeepingDue(Instant.now().plus(Duration.ofDays(15))));

        assertAll(() -> assertEquals(0, tokens.countFor(user.getId()), "expired remember-me tokens"),
                () -> assertEquals(0, count("SELECT COUNT(*) FROM login_throttles WHERE account_key = ?",
                        "purge:" + tag), "day-old login failures"),
                () -> assertEquals(0, count("SELECT COUNT(*) FROM rate_limit_counters WHERE subject = ?", tag),
                        "passed rate-limit windows"),
                () -> assertEquals(0, count("SELECT COUNT(*) FROM password_resets WHERE browser_hash = ?", tag),
                        "old resets"),
                () -> assertEquals(1, count("SELECT COUNT(*) FROM mail_outbox WHERE recipient = ?",
                        "purge-" + tag + "@example.com"), "only the mail still owed is kept"));
    }

    private void insert(String sql, Object... values) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i] instanceof Instant instant ? Timestamp.from(instant) : values[i]);
            }
            statement.executeUpdate();
        }
    }

    private long count(String sql, String value) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, value);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
