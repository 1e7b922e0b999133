package com.airesume.accounts.entity;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.airesume.accounts.entity.PasswordReset.Outcome;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The rules of one reset: five minutes, five tries, one verification, one new password. */
class PasswordResetTest {

    private static final Instant START = Instant.parse("2026-11-24T10:00:00Z");
    private static final String RIGHT = "a".repeat(64);
    private static final String WRONG = "b".repeat(64);

    private static PasswordReset reset() {
        User user = new User("ada@example.com", "ada", "Ada", "Lovelace", "hash");
        return new PasswordReset("c".repeat(64), "ada@example.com", user, RIGHT, START);
    }

    private static Instant at(Duration after) {
        return START.plus(after);
    }

    @Test
    void theRightCodeWorksForFiveMinutes() {
        PasswordReset inTime = reset();
        PasswordReset late = reset();
        assertAll(() -> assertEquals(Outcome.VERIFIED, inTime.verify(RIGHT, at(Duration.ofSeconds(299)))),
                () -> assertEquals(Outcome.EXPIRED, late.verify(RIGHT, at(Duration.ofMinutes(5)))));
    }

    @Test
    void fiveWrongCodesKillTheReset() {
        PasswordReset reset = reset();
        for (int left = 4; left >= 1; left--) {
            assertEquals(Outcome.WRONG, reset.verify(WRONG, START));
            assertEquals(left, reset.getTriesLeft());
        }
        assertAll(() -> assertEquals(Outcome.TOO_MANY, reset.verify(WRONG, START)),
                () -> assertEquals(0, reset.getTriesLeft()),
                () -> assertEquals(Outcome.DEAD, reset.verify(RIGHT, START)));
    }

    @Test
    void aCodeVerifiesOnceAndAllowsOneNewPasswordWithinFifteenMinutes() {
        PasswordReset reset = reset();
        assertFalse(reset.allowsNewPassword(START), "not before the code");
        assertEquals(Outcome.VERIFIED, reset.verify(RIGHT, START));
        assertAll(() -> assertEquals(Outcome.USED, reset.verify(RIGHT, START)),
                () -> assertTrue(reset.allowsNewPassword(at(Duration.ofMinutes(14)))),
                () -> assertFalse(reset.allowsNewPassword(at(Duration.ofMinutes(15)))));
        reset.use(at(Duration.ofMinutes(1)));
        assertAll(() -> assertFalse(reset.allowsNewPassword(at(Duration.ofMinutes(1)))),
                () -> assertThrows(IllegalStateException.class, () -> reset.use(at(Duration.ofMinutes(2)))));
    }

    @Test
    void aResetWithoutAnAccountNeverVerifies() {
        PasswordReset decoy = new PasswordReset("c".repeat(64), "nobody@example.com", null, RIGHT, START);
        assertAll(() -> assertEquals(Outcome.WRONG, decoy.verify(RIGHT, START)),
                () -> assertEquals(4, decoy.getTriesLeft()),
                () -> assertFalse(decoy.allowsNewPassword(START)));
    }
}
