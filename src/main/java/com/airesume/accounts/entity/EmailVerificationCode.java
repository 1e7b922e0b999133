package com.airesume.accounts.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The code mailed to confirm an account's address (only its HMAC): good for {@link #LIFETIME} and for
 * {@link #MAX_WRONG_CODES} wrong tries, and only while the account still has the address it was sent to.
 */
@Entity
@Table(name = "email_verifications")
public class EmailVerificationCode {

    public static final Duration LIFETIME = Duration.ofMinutes(30);
    public static final int MAX_WRONG_CODES = 5;

    /** What a try at the code came to. */
    public enum Outcome {
        /** The right code: the address is confirmed. */
        VERIFIED,
        /** A wrong code, with tries left. */
        WRONG,
        /** A wrong code, and it was the last try, or the code had died before: a new one is needed. */
        DEAD,
        /** Older than {@link #LIFETIME}, or sent to an address the account no longer has. */
        EXPIRED
    }

    @Id
    @Column(name = "user_id")
    private Long userId;

    @Column(nullable = false, length = User.EMAIL_MAX)
    private String email;

    @Column(name = "code_hash", nullable = false, length = 64)
    private String codeHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    @Version
    private long version;

    protected EmailVerificationCode() {
    }

    public EmailVerificationCode(User user, String codeHash, Instant now) {
        this.userId = Objects.requireNonNull(user.getId(), "a saved user");
        this.email = user.getEmail();
        this.codeHash = Objects.requireNonNull(codeHash, "codeHash");
        this.createdAt = Objects.requireNonNull(now, "now");
        this.expiresAt = now.plus(LIFETIME);
    }

    /** Tries {@code triedHash} for {@code user}; a wrong try counts, the caller deletes a verified code. */
    public Outcome verify(User user, String triedHash, Instant now) {
        if (!User.emailKey(email).equals(User.emailKey(user.getEmail())) || !now.isBefore(expiresAt)) {
            return Outcome.EXPIRED;
        }
        if (failedAttempts >= MAX_WRONG_CODES) {
            return Outcome.DEAD;
        }
        if (MessageDigest.isEqual(codeHash.getBytes(StandardCharsets.US_ASCII),
                triedHash.getBytes(StandardCharsets.US_ASCII))) {
            return Outcome.VERIFIED;
        }
        failedAttempts++;
        return failedAttempts >= MAX_WRONG_CODES ? Outcome.DEAD : Outcome.WRONG;
    }

    public int getTriesLeft() {
        return Math.max(0, MAX_WRONG_CODES - failedAttempts);
    }

    public String getEmail() {
        return email;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}
