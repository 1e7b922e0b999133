package com.airesume.accounts.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Keycloak's progressive delay: the first {@link #FREE_FAILURES} failures cost nothing; after that each one
 * blocks the account for 30 seconds, doubling per further failure up to 15 minutes. Never a permanent lockout,
 * so an attacker cannot lock a person out for good, while guessing slows to a few attempts an hour.
 */
public final class BruteForceSchedule {

    public static final int FREE_FAILURES = 5;
    static final Duration FIRST_WAIT = Duration.ofSeconds(30);
    static final Duration LONGEST_WAIT = Duration.ofMinutes(15);

    private BruteForceSchedule() {
    }

    /** How long the account waits after its {@code failures}-th consecutive failure. */
    public static Duration waitAfter(int failures) {
        if (failures < FREE_FAILURES) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - FREE_FAILURES, 10);
        Duration wait = FIRST_WAIT.multipliedBy(1L << doublings);
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    /** Until when the account is blocked after a failure at {@code failedAt}; empty when it is not. */
    public static Optional<Instant> blockedUntil(int failures, Instant failedAt) {
        Duration wait = waitAfter(failures);
        return wait.isZero() ? Optional.empty() : Optional.of(failedAt.plus(wait));
    }
}
