package com.airesume.mail.control;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** When a failed mail is tried again: 15 s doubling to 30 min, jittered ±25 %. */
class RetryScheduleTest {

    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");

    private static Duration after(int failures, double random) {
        return Duration.between(NOW, RetrySchedule.next(failures, NOW, random));
    }

    @Test
    void theWaitDoublesFromFifteenSecondsToHalfAnHour() {
        assertAll(() -> assertEquals(Duration.ofSeconds(15), after(1, 0.5)),
                () -> assertEquals(Duration.ofSeconds(30), after(2, 0.5)),
                () -> assertEquals(Duration.ofSeconds(60), after(3, 0.5)),
                () -> assertEquals(Duration.ofSeconds(15 * 64), after(7, 0.5)),
                () -> assertEquals(Duration.ofMinutes(30), after(8, 0.5)),
                () -> assertEquals(Duration.ofMinutes(30), after(10_000, 0.5), "no overflow, still the ceiling"));
    }

    @Test
    void jitterSpreadsRetriesByAQuarterEitherWay() {
        assertAll(() -> assertEquals(Duration.ofMillis(11_250), after(1, 0.0)),
                () -> assertEquals(Duration.ofMillis(18_750), after(1, 1.0)),
                () -> assertEquals(Duration.ofMinutes(30).multipliedBy(3).dividedBy(4), after(50, 0.0)));
    }

    @Test
    void aRetryNeedsAFailure() {
        assertThrows(IllegalArgumentException.class, () -> RetrySchedule.next(0, NOW, 0.5));
    }
}
