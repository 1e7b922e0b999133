package com.airesume.accounts.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BruteForceScheduleTest {

    @Test
    void fiveFreeFailuresThenThirtySecondsDoublingToFifteenMinutes() {
        for (int failures = 0; failures < 5; failures++) {
            assertEquals(Duration.ZERO, BruteForceSchedule.waitAfter(failures));
        }
        assertEquals(Duration.ofSeconds(30), BruteForceSchedule.waitAfter(5));
        assertEquals(Duration.ofSeconds(60), BruteForceSchedule.waitAfter(6));
        assertEquals(Duration.ofSeconds(120), BruteForceSchedule.waitAfter(7));
        assertEquals(Duration.ofSeconds(480), BruteForceSchedule.waitAfter(9));
        assertEquals(Duration.ofMinutes(15), BruteForceSchedule.waitAfter(10));
        assertEquals(Duration.ofMinutes(15), BruteForceSchedule.waitAfter(1_000));
    }

    @Test
    void blockedUntilCountsFromTheFailure() {
        Instant failedAt = Instant.parse("2026-11-24T10:00:00Z");
        assertEquals(Optional.empty(), BruteForceSchedule.blockedUntil(4, failedAt));
        assertEquals(Optional.of(Instant.parse("2026-11-24T10:00:30Z")), BruteForceSchedule.blockedUntil(5, failedAt));
    }
}
