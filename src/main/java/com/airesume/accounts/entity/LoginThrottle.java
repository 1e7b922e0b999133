package com.airesume.accounts.entity;

import com.airesume.accounts.control.BruteForceSchedule;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** Consecutive failed logins of one account (or one unknown name), and how long it must wait. */
@Entity
@Table(name = "login_throttles")
public class LoginThrottle {

    public static final int KEY_MAX = 300;

    @Id
    @Column(name = "account_key", length = KEY_MAX)
    private String accountKey;

    @Column(nullable = false)
    private int failures;

    @Column(name = "last_failure_at", nullable = false)
    private Instant lastFailureAt;

    @Column(name = "blocked_until")
    private Instant blockedUntil;

    protected LoginThrottle() {
    }

    public LoginThrottle(String accountKey, Instant now) {
        this.accountKey = Objects.requireNonNull(accountKey, "accountKey");
        this.lastFailureAt = Objects.requireNonNull(now, "now");
    }

    /** Counts one more failure at {@code now} and sets the wait the schedule asks for. */
    public void fail(Instant now) {
        failures++;
        lastFailureAt = now;
        blockedUntil = BruteForceSchedule.blockedUntil(failures, now).orElse(null);
    }

    public boolean isBlockedAt(Instant now) {
        return blockedUntil != null && now.isBefore(blockedUntil);
    }

    public Optional<Instant> getBlockedUntil() {
        return Optional.ofNullable(blockedUntil);
    }

    public int getFailures() {
        return failures;
    }
}
