package com.airesume.mail.entity;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Where an outbox mail's delivery stands, and that its body goes once it is no longer needed. */
class OutboxMailTest {

    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
    private static final Instant DEADLINE = NOW.plus(Duration.ofMinutes(5));

    private static OutboxMail mail() {
        return new OutboxMail(OutboxMail.Kind.RESET_CODE, "ada@example.com", "Your code", "sealed-text",
                "sealed-html", NOW, DEADLINE);
    }

    @Test
    void aFailureBeforeTheDeadlineSchedulesTheNextTry() {
        OutboxMail mail = mail();
        Instant next = NOW.plusSeconds(15);
        assertAll(() -> assertEquals(Optional.of(next), mail.failed("Connection refused", next)),
                () -> assertEquals(OutboxMail.Status.PENDING, mail.getStatus()),
                () -> assertEquals(1, mail.getAttempts()),
                () -> assertEquals(next, mail.getNextAttemptAt()),
                () -> assertEquals(Optional.of("Connection refused"), mail.getLastError()),
                () -> assertTrue(mail.getSealedText().isPresent()));
    }

    @Test
    void aFailureWhoseNextTryIsPastTheDeadlineGivesUpAndErasesTheBody() {
        OutboxMail mail = mail();
        assertAll(() -> assertEquals(Optional.empty(), mail.failed("Read timed out", DEADLINE.plusSeconds(1))),
                () -> assertEquals(OutboxMail.Status.FAILED, mail.getStatus()),
                () -> assertEquals(Optional.empty(), mail.getSealedText()),
                () -> assertEquals(Optional.empty(), mail.getSealedHtml()));
    }

    @Test
    void aSentMailKeepsNoBodyAndNoError() {
        OutboxMail mail = mail();
        mail.failed("x".repeat(2000), NOW.plusSeconds(15));
        assertEquals(OutboxMail.ERROR_MAX, mail.getLastError().orElseThrow().length());
        mail.sent(NOW.plusSeconds(20));
        assertAll(() -> assertEquals(OutboxMail.Status.SENT, mail.getStatus()),
                () -> assertEquals(2, mail.getAttempts()),
                () -> assertEquals(Optional.of(NOW.plusSeconds(20)), mail.getSentAt()),
                () -> assertEquals(Optional.empty(), mail.getSealedText()),
                () -> assertEquals(Optional.empty(), mail.getLastError()));
    }

    @Test
    void recipientAndSubjectMustFitTheirColumns() {
        assertAll(() -> assertThrows(IllegalArgumentException.class, () -> new OutboxMail(OutboxMail.Kind.NOTICE,
                        "", "s", "t", "h", NOW, DEADLINE)),
                () -> assertThrows(IllegalArgumentException.class, () -> new OutboxMail(OutboxMail.Kind.NOTICE,
                        "a@b.co", "s".repeat(OutboxMail.SUBJECT_MAX + 1), "t", "h", NOW, DEADLINE)));
    }

    @Test
    void aSettledMailCannotBeSettledAgain() {
        OutboxMail mail = mail();
        mail.sent(NOW);
        assertAll(() -> assertThrows(IllegalStateException.class, () -> mail.failed("late", NOW.plusSeconds(15))),
                () -> assertThrows(IllegalStateException.class, () -> mail.sent(NOW)),
                () -> assertEquals(OutboxMail.Status.SENT, mail.getStatus()));
    }
    private static OutboxMail notice() {
        return new OutboxMail(OutboxMail.Kind.NOTICE, "ada@example.com", "Your password was changed",
                "sealed-text", "sealed-html", NOW, NOW.plus(Duration.ofHours(24)));
    }

    @Test
    void aNoticeGivenUpKeepsItsSealedBodySoItCanBeSentAgain() {
        OutboxMail mail = notice();
        mail.giveUp("gave up: not sent within 24 hours");
        Instant later = NOW.plus(Duration.ofHours(30));
        assertEquals(Optional.empty(), mail.retryRefusal(later));
        mail.retry(later, Duration.ofHours(24));
        assertAll(() -> assertEquals(OutboxMail.Status.PENDING, mail.getStatus()),
                () -> assertEquals(later, mail.getNextAttemptAt()),
                () -> assertEquals(later.plus(Duration.ofHours(24)), mail.getGiveUpAt()),
                () -> assertEquals(Optional.of("sealed-text"), mail.getSealedText()),
                () -> assertEquals(Optional.of("gave up: not sent within 24 hours"), mail.getLastError()));
    }

    @Test
    void aCodeMailIsRetriedOnlyUntilItsCodeExpires() {
        OutboxMail mail = mail();
        mail.failed("Connection refused", NOW.plusSeconds(15));
        mail.retry(NOW.plusSeconds(5), Duration.ofHours(24));
        assertAll(() -> assertEquals(NOW.plusSeconds(5), mail.getNextAttemptAt()),
                () -> assertEquals(DEADLINE, mail.getGiveUpAt(), "the code's expiry stays the deadline"),
                () -> assertEquals(Optional.of(OutboxMail.RetryRefusal.CODE_EXPIRED), mail.retryRefusal(DEADLINE)),
                () -> assertThrows(IllegalStateException.class, () -> mail.retry(DEADLINE, Duration.ofHours(24))));
    }

    @Test
    void aDiscardedMailIsFailedWithoutItsBodyAndCannotBeRetried() {
        OutboxMail mail = notice();
        mail.failed("Connection refused", NOW.plusSeconds(15));
        mail.discard(NOW.plusSeconds(20));
        assertAll(() -> assertEquals(OutboxMail.Status.FAILED, mail.getStatus()),
                () -> assertEquals(Optional.of(OutboxMail.DISCARDED), mail.getLastError()),
                () -> assertEquals(Optional.empty(), mail.getSealedText()),
                () -> assertEquals(Optional.empty(), mail.getSealedHtml()),
                () -> assertEquals(Optional.of(OutboxMail.RetryRefusal.NO_BODY),
                        mail.retryRefusal(NOW.plusSeconds(30))));
    }

    @Test
    void aSentMailIsNeitherRetriedNorDiscarded() {
        OutboxMail mail = notice();
        mail.sent(NOW);
        assertAll(() -> assertEquals(Optional.of(OutboxMail.RetryRefusal.SENT), mail.retryRefusal(NOW)),
                () -> assertEquals(Optional.of(OutboxMail.RetryRefusal.SENT), mail.discardRefusal(NOW)),
                () -> assertThrows(IllegalStateException.class, () -> mail.discard(NOW)));
    }
}
