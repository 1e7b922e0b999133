package com.airesume.accounts.boundary;

import com.airesume.accounts.control.ResetCodes;
import com.airesume.accounts.control.TokenDigests;
import com.airesume.accounts.entity.PasswordReset;
import com.airesume.accounts.entity.User;
import com.airesume.mail.boundary.Outbox;
import com.airesume.platform.config.Settings;
import com.airesume.platform.housekeeping.HousekeepingDue;
import com.airesume.platform.limits.RateLimits;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Password reset by emailed code, in three steps: {@link #request}, {@link #verify}, {@link #setPassword}.
 * A reset belongs to the browser that asked for it: the pages pass the random token of that browser's cookie, and
 * only its HMAC is stored.
 *
 * <p>Whatever the address, a request does the same work and the pages that follow behave the same: an address
 * without an account, or one over the limits, gets a reset whose code was never sent. Only a real reset within
 * the limits queues a mail, in the same transaction as its code; the mail is sent after commit, off the request.
 */
@Stateless
public class PasswordResets {

    /** At most this many wrong codes per account per day, across codes. */
    public static final int MAX_WRONG_CODES_PER_DAY = 20;
    static final Duration CODES_PER_EMAIL_WINDOW = Duration.ofMinutes(15);
    static final Duration REQUESTS_PER_ADDRESS_WINDOW = Duration.ofHours(1);
    /** Above the slowest request with an account under load (p99 about 105 ms with 4 clients on 2 cores). */
    static final Duration REQUEST_FLOOR = Duration.ofMillis(150);
    private static final Logger LOG = Logger.getLogger(PasswordResets.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Settings settings;

    @Inject
    Clock clock;

    @Inject
    RateLimits limits;

    @Inject
    AccountService accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    RememberMeTokens rememberMe;

    @Inject
    LoginThrottles throttles;

    @Inject
    Outbox outbox;

    @Resource
    SessionContext context;

    /**
     * Step 1: a new code for {@code email} in this browser, replacing any earlier one of the browser or of the
     * account, and a mail with it when the address has an account and is within the limits. It takes at least
     * {@link #REQUEST_FLOOR} whichever way it goes: an address with an account costs a few more writes than one
     * without, and the difference would tell who has an account. The wait is outside any transaction.
     *
     * @param email a valid address ({@link com.airesume.accounts.control.Emails#isValid})
     * @param clientAddress the client's IP address, for the per-address limit
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void request(String email, String clientAddress, String browserToken) {
        long started = System.nanoTime();
        try {
            context.getBusinessObject(PasswordResets.class).issue(email, clientAddress, browserToken);
        } finally {
            long left = REQUEST_FLOOR.toNanos() - (System.nanoTime() - started);
            if (left > 0) {
                try {
                    Thread.sleep(left / 1_000_000, (int) (left % 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    /** The transactional half of {@link #request}; not for other callers. */
    public void issue(String email, String clientAddress, String browserToken) {
        String typed = email.strip();
        boolean withinLimits = limits.tryAcquire("reset-by-address", clientAddress,
                settings.passwordReset().requestsPerAddress(), REQUESTS_PER_ADDRESS_WINDOW)
                & limits.tryAcquire("reset-by-email", User.emailKey(typed), settings.passwordReset().codesPerEmail(),
                        CODES_PER_EMAIL_WINDOW);
        if (!withinLimits) {
            LOG.warning(() -> "⚠️  Rate limit hit for password reset: " + typed);
        }
        Optional<User> user = withinLimits ? accounts.findByLogin(typed)
                .map(found -> em.find(User.class, found.getId(), LockModeType.PESSIMISTIC_WRITE)) : Optional.empty();
        String browser = browserHash(browserToken);
        em.createNamedQuery(PasswordReset.DELETE_BY_BROWSER).setParameter("hash", browser).executeUpdate();
        user.ifPresent(u -> em.createNamedQuery(PasswordReset.DELETE_BY_USER).setParameter("user", u)
                .executeUpdate());
        String code = ResetCodes.newCode();
        PasswordReset reset = new PasswordReset(browser, typed, user.orElse(null),
                ResetCodes.digest(secret(), code), clock.instant());
        em.persist(reset);
        user.ifPresent(u -> outbox.queue(AccountMails.resetCode(u, code), reset.getExpiresAt()));
        LOG.info(() -> "Password reset requested for: " + typed + (user.isPresent() ? "" : " (no code sent)"));
    }

    /**
     * A reset an administrator starts for an account: a new code, replacing any earlier one, mailed with a link
     * that carries the new reset's browser token, so whichever browser the person opens it in becomes the one the
     * reset belongs to. Without the per-address and per-email limits: an administrator asked for it.
     *
     * @param linkBase the absolute URL of the verify page, to which {@code ?reset=<token>} is added
     * @return false when the account does not exist
     */
    public boolean issueByAdministrator(long userId, String linkBase) {
        User user = em.find(User.class, userId, LockModeType.PESSIMISTIC_WRITE);
        if (user == null) {
            return false;
        }
        em.createNamedQuery(PasswordReset.DELETE_BY_USER).setParameter("user", user).executeUpdate();
        String token = TokenDigests.newToken();
        String code = ResetCodes.newCode();
        PasswordReset reset = new PasswordReset(browserHash(token), user.getEmail(), user,
                ResetCodes.digest(secret(), code), clock.instant());
        em.persist(reset);
        outbox.queue(AccountMails.resetCodeByAdministrator(user, code, linkBase + "?reset=" + token),
                reset.getExpiresAt());
        LOG.info(() -> "Password reset started by an administrator for: " + user.getEmail());
        return true;
    }

    /** Whether {@code browserToken} names a reset in progress (the token of an administrator's reset link). */
    public boolean exists(String browserToken) {
        return reset(browserToken, LockModeType.NONE).isPresent();
    }

    /** The reset in progress in this browser, if any. */
    public Optional<PendingReset> find(String browserToken) {
        return reset(browserToken, LockModeType.NONE).map(r -> new PendingReset(r.getEmail(), r.getTriesLeft(),
                r.allowsNewPassword(clock.instant()), r.getUser().map(User::getFirstName).orElse(""),
                r.getUser().map(User::getLastName).orElse("")));
    }

    /**
     * Step 2: tries a code. Tries on one reset are serialised (a row lock), so parallel guesses cannot exceed
     * the limit; every wrong one also counts towards the account's daily limit.
     *
     * @return the outcome and the tries left; empty when this browser has no reset in progress
     */
    public Optional<Verification> verify(String browserToken, String code) {
        Optional<PasswordReset> found = reset(browserToken, LockModeType.PESSIMISTIC_WRITE);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        PasswordReset reset = found.get();
        String account = User.emailKey(reset.getEmail());
        if (limits.count("reset-wrong-codes", account, Duration.ofDays(1)) >= MAX_WRONG_CODES_PER_DAY) {
            LOG.warning(() -> "Too many OTP verification attempts for: " + reset.getEmail() + " (daily limit)");
            return Optional.of(new Verification(PasswordReset.Outcome.DEAD, 0));
        }
        PasswordReset.Outcome outcome = reset.verify(ResetCodes.digest(secret(), code), clock.instant());
        switch (outcome) {
            case VERIFIED -> LOG.info(() -> "✅ OTP verified successfully for: " + reset.getEmail());
            case WRONG -> limits.hit("reset-wrong-codes", account, Duration.ofDays(1));
            case TOO_MANY -> {
                limits.hit("reset-wrong-codes", account, Duration.ofDays(1));
                LOG.warning(() -> "Too many OTP verification attempts for: " + reset.getEmail());
            }
            default -> LOG.info(() -> "Password reset code refused (" + outcome + ") for: " + reset.getEmail());
        }
        return Optional.of(new Verification(outcome, reset.getTriesLeft()));
    }

    /**
     * Step 3: sets the new password of a verified reset, hashing it outside any transaction, then in one
     * transaction ends the reset, every session (through the credentials stamp) and remembered login of the
     * account, clears its brute-force counter, and queues the "password changed" mail.
     *
     * @return false when this browser has no verified reset (expired, used, or never verified)
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public boolean setPassword(String browserToken, String newPassword) {
        String hash = hasher.hash(newPassword);
        return context.getBusinessObject(PasswordResets.class).complete(browserToken, hash);
    }

    /** The transactional half of {@link #setPassword}; not for other callers. */
    public boolean complete(String browserToken, String passwordHash) {
        Instant now = clock.instant();
        Optional<PasswordReset> found = reset(browserToken, LockModeType.PESSIMISTIC_WRITE)
                .filter(r -> r.allowsNewPassword(now));
        if (found.isEmpty()) {
            return false;
        }
        PasswordReset reset = found.get();
        User user = reset.getUser().orElseThrow();
        reset.use(now);
        user.changePassword(passwordHash, now);
        rememberMe.revokeAll(user.getId());
        throttles.reset(LoginThrottles.accountKey(user.getId()));
        outbox.queue(AccountMails.passwordChanged(user));
        LOG.info(() -> "Password reset for: " + user.getEmail() + "; every session and remembered login ended");
        return true;
    }

    /** Deletes resets that can no longer be used: a day after they began, whatever became of them. */
    public void purge(@Observes HousekeepingDue due) {
        em.createNativeQuery("DELETE FROM password_resets WHERE created_at < ?1").setParameter(1,
                OffsetDateTime.ofInstant(due.now().minus(Duration.ofDays(1)), ZoneOffset.UTC)).executeUpdate();
    }

    private Optional<PasswordReset> reset(String browserToken, LockModeType lock) {
        if (browserToken == null || browserToken.isEmpty()) {
            return Optional.empty();
        }
        return em.createNamedQuery(PasswordReset.FIND_BY_BROWSER, PasswordReset.class)
                .setParameter("hash", browserHash(browserToken)).setLockMode(lock).getResultStream().findFirst();
    }

    private String browserHash(String browserToken) {
        return ResetCodes.browserDigest(secret(), browserToken);
    }

    private String secret() {
        return settings.secretKey().reveal();
    }

    /**
     * How a try at the code went.
     *
     * @param outcome what the code came to
     * @param triesLeft wrong codes still allowed on this reset
     */
    public record Verification(PasswordReset.Outcome outcome, int triesLeft) {
    }
}
