package com.airesume.mail.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One mail in the outbox. Its body is sealed at rest and erased once it is sent; what stays is who it was for,
 * what it was about and how delivery went, for the operators.
 */
@Entity
@Table(name = "mail_outbox")
@NamedQuery(name = OutboxMail.COUNT_BY_STATUS, query = "SELECT COUNT(m) FROM OutboxMail m WHERE m.status = :status")
public class OutboxMail {

    public static final String COUNT_BY_STATUS = "OutboxMail.countByStatus";

    public static final int RECIPIENT_MAX = 254;
    public static final int SUBJECT_MAX = 200;
    public static final int ERROR_MAX = 500;

    /** What a mail is: a code mail is worthless once its code has expired. */
    public enum Kind {
        RESET_CODE, VERIFY_CODE, NOTICE;

        /** Whether the mail carries a one-time code: worthless once the code expires, logged as an OTP email. */
        public boolean isCode() {
            return this != NOTICE;
        }
    }

    /** Where delivery stands. */
    public enum Status { PENDING, SENT, FAILED }

    /** Why an administrator's retry or discard is refused. */
    public enum RetryRefusal {
        /** Delivered already. */
        SENT,
        /** A sender holds it right now; its claim ends within the lease. */
        SENDING,
        /** A code mail whose code has expired: sending it would only confuse. */
        CODE_EXPIRED,
        /** Its body was erased (a discarded mail, or one from before bodies were kept). */
        NO_BODY
    }

    /** The last error of a mail an administrator discarded. */
    public static final String DISCARDED = "discarded by an administrator";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Kind kind;

    @Column(nullable = false, length = RECIPIENT_MAX)
    private String recipient;

    @Column(nullable = false, length = SUBJECT_MAX)
    private String subject;

    @Column(name = "sealed_text")
    private String sealedText;

    @Column(name = "sealed_html")
    private String sealedHtml;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Status status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    @Column(name = "give_up_at", nullable = false)
    private Instant giveUpAt;

    @Column(name = "last_error", length = ERROR_MAX)
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Version
    private long version;

    protected OutboxMail() {
    }

    public OutboxMail(Kind kind, String recipient, String subject, String sealedText, String sealedHtml,
            Instant now, Instant giveUpAt) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.recipient = requireMax("recipient", recipient, RECIPIENT_MAX);
        this.subject = requireMax("subject", subject, SUBJECT_MAX);
        this.sealedText = Objects.requireNonNull(sealedText, "sealedText");
        this.sealedHtml = Objects.requireNonNull(sealedHtml, "sealedHtml");
        this.status = Status.PENDING;
        this.createdAt = Objects.requireNonNull(now, "now");
        this.nextAttemptAt = now;
        this.giveUpAt = Objects.requireNonNull(giveUpAt, "giveUpAt");
    }

    /** Delivered: the body, which may hold a code, is erased. */
    public void sent(Instant now) {
        requirePending();
        status = Status.SENT;
        attempts++;
        sentAt = now;
        claimedUntil = null;
        lastError = null;
        eraseBody();
    }

    /**
     * A failed try: the next one is at {@code next}, or, past the mail's deadline, never.
     *
     * @return when the next try is, empty when the mail is given up
     */
    public Optional<Instant> failed(String error, Instant next) {
        requirePending();
        attempts++;
        lastError = truncate(error);
        claimedUntil = null;
        if (next.isAfter(giveUpAt)) {
            giveUp(lastError);
            return Optional.empty();
        }
        nextAttemptAt = next;
        return Optional.of(next);
    }

    /**
     * No more tries: the row stays for the operators with its reason. A code mail's body is erased (its code is
     * worthless now and must not linger); a notice keeps its sealed body until it is purged or discarded, so that
     * an administrator can send it again once the relay works.
     */
    public void giveUp(String reason) {
        status = Status.FAILED;
        lastError = truncate(reason);
        claimedUntil = null;
        if (kind == Kind.RESET_CODE) {
            eraseBody();
        }
    }

    /** Why an administrator cannot send this mail again now, or empty when they can. */
    public Optional<RetryRefusal> retryRefusal(Instant now) {
        if (status == Status.SENT) {
            return Optional.of(RetryRefusal.SENT);
        }
        if (isClaimed(now)) {
            return Optional.of(RetryRefusal.SENDING);
        }
        if (kind == Kind.RESET_CODE && !giveUpAt.isAfter(now)) {
            return Optional.of(RetryRefusal.CODE_EXPIRED);
        }
        if (sealedText == null || sealedHtml == null) {
            return Optional.of(RetryRefusal.NO_BODY);
        }
        return Optional.empty();
    }

    /**
     * An administrator's retry: the mail is due at once, for the outbox's senders to claim like any other. A
     * notice gets {@code retryFor} more to be delivered in; a code mail keeps its code's expiry as its deadline.
     * Attempts and the last error stay: they are the mail's history.
     */
    public void retry(Instant now, Duration retryFor) {
        retryRefusal(now).ifPresent(refusal -> {
            throw new IllegalStateException("Mail " + id + " cannot be retried: " + refusal);
        });
        status = Status.PENDING;
        nextAttemptAt = now;
        if (kind == Kind.NOTICE && giveUpAt.isBefore(now.plus(retryFor))) {
            giveUpAt = now.plus(retryFor);
        }
    }

    /** Why an administrator cannot discard this mail now, or empty when they can. */
    public Optional<RetryRefusal> discardRefusal(Instant now) {
        if (status == Status.SENT) {
            return Optional.of(RetryRefusal.SENT);
        }
        return isClaimed(now) ? Optional.of(RetryRefusal.SENDING) : Optional.empty();
    }

    /** An administrator's discard: never sent, its body erased, the row kept (failed) until it is purged. */
    public void discard(Instant now) {
        discardRefusal(now).ifPresent(refusal -> {
            throw new IllegalStateException("Mail " + id + " cannot be discarded: " + refusal);
        });
        status = Status.FAILED;
        lastError = DISCARDED;
        claimedUntil = null;
        eraseBody();
    }

    /** Whether a sender holds the row at this moment (it may be talking to the relay). */
    public boolean isClaimed(Instant now) {
        return claimedUntil != null && claimedUntil.isAfter(now);
    }

    public boolean isPending() {
        return status == Status.PENDING;
    }

    private void requirePending() {
        if (status != Status.PENDING) {
            throw new IllegalStateException("Mail " + id + " is already " + status);
        }
    }

    private void eraseBody() {
        sealedText = null;
        sealedHtml = null;
    }

    private static String truncate(String text) {
        String value = text == null ? "unknown error" : text;
        return value.length() <= ERROR_MAX ? value : value.substring(0, ERROR_MAX - 1) + "…";
    }

    private static String requireMax(String what, String value, int max) {
        Objects.requireNonNull(value, what);
        if (value.isEmpty() || value.length() > max) {
            throw new IllegalArgumentException(what + " must be 1 to " + max + " characters");
        }
        return value;
    }

    public Long getId() {
        return id;
    }

    public Kind getKind() {
        return kind;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public Optional<String> getSealedText() {
        return Optional.ofNullable(sealedText);
    }

    public Optional<String> getSealedHtml() {
        return Optional.ofNullable(sealedHtml);
    }

    public Status getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant getGiveUpAt() {
        return giveUpAt;
    }

    public Optional<String> getLastError() {
        return Optional.ofNullable(lastError);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Optional<Instant> getSentAt() {
        return Optional.ofNullable(sentAt);
    }
}
