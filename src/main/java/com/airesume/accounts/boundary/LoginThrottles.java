package com.airesume.accounts.boundary;

import com.airesume.accounts.entity.AuthEvent;
import com.airesume.accounts.entity.LoginThrottle;
import com.airesume.platform.config.Settings;
import com.airesume.platform.housekeeping.HousekeepingDue;
import com.airesume.platform.limits.RateLimits;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * Brute-force defence kept in the database, so every instance counts the same failures: the per-account
 * progressive delay of {@link com.airesume.accounts.control.BruteForceSchedule}, and a per-address ceiling
 * on attempts per minute ({@code LOGIN_ATTEMPTS_PER_ADDRESS_PER_MINUTE}, default 30) in {@link RateLimits}.
 * Each call is its own transaction, so a failed login is counted even though the login itself changes nothing.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class LoginThrottles {

    private static final Logger LOG = Logger.getLogger(LoginThrottles.class.getName());
    private static final String ACCOUNT_PREFIX = "user:";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    MetricRegistry metrics;

    @Inject
    AuthEvents events;

    @Inject
    Settings settings;

    @Inject
    RateLimits rateLimits;

    /** The key an existing account's failures are counted under. */
    public static String accountKey(long userId) {
        return ACCOUNT_PREFIX + userId;
    }

    public boolean isBlocked(String accountKey) {
        LoginThrottle throttle = em.find(LoginThrottle.class, accountKey);
        return throttle != null && throttle.isBlockedAt(clock.instant());
    }

    /** Until when failed logins block the account, if they do now. */
    public Optional<Instant> blockedUntil(String accountKey) {
        LoginThrottle throttle = em.find(LoginThrottle.class, accountKey);
        return throttle == null || !throttle.isBlockedAt(clock.instant()) ? Optional.empty()
                : throttle.getBlockedUntil();
    }

    public void recordFailure(String accountKey) {
        Instant now = clock.instant();
        LoginThrottle found = em.find(LoginThrottle.class, accountKey, LockModeType.PESSIMISTIC_WRITE);
        LoginThrottle throttle = found != null ? found : new LoginThrottle(accountKey, now);
        if (found == null) {
            em.persist(throttle);
        }
        throttle.fail(now);
        if (throttle.getBlockedUntil().isPresent()) {
            int failures = throttle.getFailures();
            LOG.warning(() -> "Login blocked after " + failures + " failures for account " + accountKey
                    + " until " + throttle.getBlockedUntil().orElseThrow());
            metrics.counter("lockouts").inc();
            events.record(AuthEvent.Kind.LOCKOUT, accountKey.startsWith(ACCOUNT_PREFIX)
                    ? Long.valueOf(accountKey.substring(ACCOUNT_PREFIX.length())) : null, accountKey, null, null,
                    "after " + failures + " failures, until " + throttle.getBlockedUntil().orElseThrow());
        }
    }

    public void reset(String accountKey) {
        LoginThrottle throttle = em.find(LoginThrottle.class, accountKey);
        if (throttle != null) {
            em.remove(throttle);
        }
    }

    /**
     * Deletes counters that no longer block and whose last failure is a day old: the schedule starts afresh for
     * them, as it would after a successful login.
     */
    public void purge(@Observes HousekeepingDue due) {
        OffsetDateTime now = OffsetDateTime.ofInstant(due.now(), ZoneOffset.UTC);
        em.createNativeQuery("DELETE FROM login_throttles WHERE last_failure_at < ?1"
                + " AND (blocked_until IS NULL OR blocked_until < ?2)")
                .setParameter(1, now.minusDays(1)).setParameter(2, now).executeUpdate();
    }

    /** Counts one attempt from {@code address}; false when it is over the limit for this minute. */
    public boolean allowAttemptFrom(String address) {
        return rateLimits.tryAcquire("login-by-address", address, settings.loginAttemptsPerAddressPerMinute(),
                Duration.ofMinutes(1));
    }
}
