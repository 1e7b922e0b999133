package com.airesume.accounts.boundary;

import com.airesume.accounts.control.ResetCodes;
import com.airesume.accounts.entity.EmailVerificationCode;
import com.airesume.accounts.entity.User;
import com.airesume.mail.boundary.Outbox;
import com.airesume.platform.config.Settings;
import com.airesume.platform.housekeeping.HousekeepingDue;
import com.airesume.platform.limits.RateLimits;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Confirming an account's email address with a mailed 6-digit code ({@code EMAIL_VERIFICATION} optional or
 * mandatory). The code is kept only as an HMAC and queued in the outbox in the transaction that makes it; a new
 * one replaces the old; at most {@value #CODES_PER_WINDOW} are sent per account per 15 minutes.
 */
@Stateless
public class EmailVerifications {

    static final int CODES_PER_WINDOW = 3;
    static final Duration CODES_WINDOW = Duration.ofMinutes(15);
    private static final Logger LOG = Logger.getLogger(EmailVerifications.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Settings settings;

    @Inject
    Clock clock;

    @Inject
    RateLimits limits;

    @Inject
    Outbox outbox;

    /** What asking for a code came to. */
    public enum Sent {
        SENT, ALREADY_VERIFIED, TOO_MANY, OFF
    }

    /**
     * A new code for the account's current address, replacing any earlier one, unless verification is off, the
     * address is already confirmed, or the account has had {@value #CODES_PER_WINDOW} codes in 15 minutes.
     */
    public Sent send(long userId) {
        if (!settings.emailVerification().sendsCodes()) {
            return Sent.OFF;
        }
        User user = em.find(User.class, userId, LockModeType.PESSIMISTIC_WRITE);
        if (user == null || user.isEmailVerified()) {
            return Sent.ALREADY_VERIFIED;
        }
        if (!limits.tryAcquire("verify-email", Long.toString(userId), CODES_PER_WINDOW, CODES_WINDOW)) {
            LOG.warning(() -> "⚠️  Rate limit hit for email verification: " + user.getEmail());
            return Sent.TOO_MANY;
        }
        Optional.ofNullable(em.find(EmailVerificationCode.class, userId)).ifPresent(em::remove);
        em.flush();
        String code = ResetCodes.newCode();
        EmailVerificationCode row = new EmailVerificationCode(user, ResetCodes.digest(secret(), code),
                clock.instant());
        em.persist(row);
        outbox.queue(AccountMails.verificationCode(user, code), row.getExpiresAt());
        LOG.info(() -> "Email verification code queued for: " + user.getEmail());
        return Sent.SENT;
    }

    /**
     * Tries a code; tries on one code are serialised by a row lock, so parallel guesses cannot pass the limit.
     *
     * @return the outcome and the tries left; empty when the account has no code to try
     */
    public Optional<Verification> verify(long userId, String code) {
        EmailVerificationCode row = em.find(EmailVerificationCode.class, userId, LockModeType.PESSIMISTIC_WRITE);
        User user = em.find(User.class, userId);
        if (row == null || user == null) {
            return Optional.empty();
        }
        EmailVerificationCode.Outcome outcome = row.verify(user, ResetCodes.digest(secret(), code), clock.instant());
        switch (outcome) {
            case VERIFIED -> {
                user.verifyEmail(clock.instant());
                em.remove(row);
                LOG.info(() -> "✅ Email verified for: " + user.getEmail());
            }
            case DEAD -> LOG.warning(() -> "Too many email verification attempts for: " + user.getEmail());
            default -> LOG.info(() -> "Email verification code refused (" + outcome + ") for: " + user.getEmail());
        }
        return Optional.of(new Verification(outcome, row.getTriesLeft()));
    }

    /** The address the account's current code went to, if it has one that can still be tried. */
    public Optional<String> pendingFor(long userId) {
        return Optional.ofNullable(em.find(EmailVerificationCode.class, userId))
                .filter(row -> clock.instant().isBefore(row.getExpiresAt()) && row.getTriesLeft() > 0)
                .map(EmailVerificationCode::getEmail);
    }

    /** Deletes codes that expired a day ago (a day, so the page can still say "expired" rather than "none"). */
    public void purge(@Observes HousekeepingDue due) {
        em.createNativeQuery("DELETE FROM email_verifications WHERE expires_at < ?1")
                .setParameter(1, OffsetDateTime.ofInstant(due.now().minus(Duration.ofDays(1)), ZoneOffset.UTC))
                .executeUpdate();
    }

    private String secret() {
        return settings.secretKey().reveal();
    }

    /**
     * @param outcome what the try came to
     * @param triesLeft wrong tries the code still allows
     */
    public record Verification(EmailVerificationCode.Outcome outcome, int triesLeft) {
    }
}
