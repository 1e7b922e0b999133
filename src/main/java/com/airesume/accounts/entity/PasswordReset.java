package com.airesume.accounts.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A password reset in progress in one browser: the code (only its HMAC), its expiry and the wrong tries.
 * The code is good for {@link #CODE_LIFETIME}, for one verification, and for {@link #MAX_WRONG_CODES} wrong
 * tries; a verified reset allows one new password within {@link #NEW_PASSWORD_WINDOW}.
 *
 * <p>A reset without a user stands for an address that has no account (or a request over the limits). Its code
 * hash is of a code nobody was sent, so every try is wrong, and the pages behave exactly as for a real account.
 */
@Entity
@Table(name = "password_resets")
@NamedQuery(name = PasswordReset.FIND_BY_BROWSER, query = "SELECT r FROM PasswordReset r WHERE r.browserHash = :hash")
@NamedQuery(name = PasswordReset.DELETE_BY_USER, query = "DELETE FROM PasswordReset r WHERE r.user = :user")
@NamedQuery(name = PasswordReset.DELETE_BY_BROWSER, query = "DELETE FROM PasswordReset r WHERE r.browserHash = :hash")
public class PasswordReset {

    public static final String FIND_BY_BROWSER = "PasswordReset.findByBrowser";
    public static final String DELETE_BY_USER = "PasswordReset.deleteByUser";
    public static final String DELETE_BY_BROWSER = "PasswordReset.deleteByBrowser";

    public static final Duration CODE_LIFETIME = Duration.ofMinutes(5);
    public static final Duration NEW_PASSWORD_WINDOW = Duration.ofMinutes(15);
    public static final int MAX_WRONG_CODES = 5;

    /** What a try at the code came to. */
    public enum Outcome {
        /** The right code: the new password may be set. */
        VERIFIED,
        /** A wrong code, with tries left. */
        WRONG,
        /** A wrong code, and it was the last try: the code is dead. */
        TOO_MANY,
        /** The code had already died of wrong tries. */
        DEAD,
        /** Older than {@link #CODE_LIFETIME}. */
        EXPIRED,
        /** Already verified once. */
        USED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "browser_hash", nullable = false, length = 64)
    private String browserHash;

    @Column(nullable = false, length = User.EMAIL_MAX)
    private String email;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "user_id")
    private User user;

    @Column(name = "code_hash", nullable = false, length = 64)
    private String codeHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    @Column(name = "verified_at")
    private Instant verifiedAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Version
    private long version;

    protected PasswordReset() {
    }

    /**
     * @param user the account, or null for an address without one
     */
    public PasswordReset(String browserHash, String email, User user, String codeHash, Instant now) {
        this.browserHash = Objects.requireNonNull(browserHash, "browserHash");
        this.email = Objects.requireNonNull(email, "email");
        this.user = user;
        this.codeHash = Objects.requireNonNull(codeHash, "codeHash");
        this.createdAt = Objects.requireNonNull(now, "now");
        this.expiresAt = now.plus(CODE_LIFETIME);
    }

    /** Checks a code's hash against this reset's, in constant time, counting a wrong try. */
    public Outcome verify(String candidateHash, Instant now) {
        if (verifiedAt != null || usedAt != null) {
            return Outcome.USED;
        }
        if (failedAttempts >= MAX_WRONG_CODES) {
            return Outcome.DEAD;
        }
        if (!now.isBefore(expiresAt)) {
            return Outcome.EXPIRED;
        }
        boolean matches = MessageDigest.isEqual(codeHash.getBytes(StandardCharsets.US_ASCII),
                candidateHash.getBytes(StandardCharsets.US_ASCII));
        if (!matches || user == null) {
            failedAttempts++;
            return failedAttempts >= MAX_WRONG_CODES ? Outcome.TOO_MANY : Outcome.WRONG;
        }
        verifiedAt = now;
        return Outcome.VERIFIED;
    }

    /** Whether a new password may be set now: verified, not yet used, not long ago. */
    public boolean allowsNewPassword(Instant now) {
        return user != null && verifiedAt != null && usedAt == null
                && now.isBefore(verifiedAt.plus(NEW_PASSWORD_WINDOW));
    }

    /** The new password was set: the reset is over. */
    public void use(Instant now) {
        if (!allowsNewPassword(now)) {
            throw new IllegalStateException("This reset does not allow a new password");
        }
        usedAt = now;
    }

    public int getTriesLeft() {
        return Math.max(0, MAX_WRONG_CODES - failedAttempts);
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public Optional<User> getUser() {
        return Optional.ofNullable(user);
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}
