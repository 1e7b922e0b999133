package com.airesume.accounts.boundary;

import com.airesume.accounts.entity.User;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * What an administrator can do to an account, each in one transaction. The audit line is the caller's to write,
 * after the change has committed. Sessions end through the credentials stamp every signed-in request compares
 * ({@link SessionRevocationFilter}), on whichever instance holds them; remembered logins are deleted.
 */
@Stateless
public class AccountAdministration {

    private static final Logger LOG = Logger.getLogger(AccountAdministration.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    RememberMeTokens rememberMe;

    @Inject
    LoginThrottles throttles;

    /** No login until unlocked; every session and remembered login ends. */
    public void lock(long userId) {
        User user = user(userId);
        user.lock(clock.instant());
        rememberMe.revokeAll(userId);
        LOG.info(() -> "Account locked by an administrator: " + user.getEmail() + " (ID: " + userId + ")");
    }

    /** Lifts the administrator's lock and any block from failed logins. */
    public void unlock(long userId) {
        User user = user(userId);
        user.unlock();
        throttles.reset(LoginThrottles.accountKey(userId));
        LOG.info(() -> "Account unlocked by an administrator: " + user.getEmail() + " (ID: " + userId + ")");
    }

    /** Logs the account out everywhere: every session ends on its next request, remembered logins are deleted. */
    public void endSessions(long userId) {
        User user = user(userId);
        user.endSessions(clock.instant());
        rememberMe.revokeAll(userId);
        LOG.info(() -> "All sessions ended by an administrator for: " + user.getEmail() + " (ID: " + userId + ")");
    }

    public void verifyEmail(long userId) {
        user(userId).verifyEmail(clock.instant());
    }

    /** Grants or removes the ADMIN role; it counts from the account's next request (groups are read per request). */
    public void setAdmin(long userId, boolean admin) {
        User user = user(userId);
        user.grantAdmin(admin);
        LOG.info(() -> "ADMIN role " + (admin ? "granted to " : "removed from ") + user.getEmail() + " (ID: "
                + userId + ")");
    }

    /**
     * Deletes the account and everything it owns: resumes, remembered logins and resets go with it (the schema
     * cascades), its login counter here; audit lines stay, without the account.
     *
     * @return the media key of its profile photo, for the caller to delete from the store once this has committed
     */
    public Optional<String> delete(long userId) {
        User user = user(userId);
        Optional<String> photo = Optional.ofNullable(user.getPhoto());
        em.remove(user);
        throttles.reset(LoginThrottles.accountKey(userId));
        LOG.info(() -> "Account deleted by an administrator: " + user.getEmail() + " (ID: " + userId + ")");
        return photo;
    }

    /** @throws IllegalStateException when the account no longer exists (deleted in another tab) */
    private User user(long userId) {
        return Optional.ofNullable(em.find(User.class, userId, LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(() -> new IllegalStateException("No user " + userId));
    }
}
