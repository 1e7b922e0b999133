package com.airesume.mail.control;

import java.time.Duration;
import java.time.Instant;

/**
 * When to try a failed mail again: exponential backoff from 15 seconds, doubling to a ceiling of 30 minutes,
 * with ±25 % jitter so that mails which failed together (a relay outage) do not all come back at once.
 */
public final class RetrySchedule {

    static final Duration FIRST = Duration.ofSeconds(15);
    static final Duration CEILING = Duration.ofMinutes(30);
    private static final double JITTER = 0.25;

    private RetrySchedule() {
    }

    /**
     * @param failures tries that have failed so far, this one included (1 or more)
     * @param random a number in [0, 1), drawn by the caller
     */
    public static Instant next(int failures, Instant now, double random) {
        if (failures < 1) {
            throw new IllegalArgumentException("failures must be at least 1");
        }
        long base = FIRST.toMillis() << Math.min(failures - 1, 20);
        long capped = Math.min(base, CEILING.toMillis());
        double factor = 1 - JITTER + 2 * JITTER * random;
        return now.plusMillis(Math.round(capped * factor));
    }
}
