package com.airesume.accounts.boundary;

import com.airesume.accounts.entity.User;
import com.airesume.platform.database.LikePatterns;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.MetricRegistry;

/** What the rest of the application asks about accounts. */
@Stateless
public class AccountService {

    private static final Logger LOG = Logger.getLogger(AccountService.class.getName());
    private static final int USERNAME_ATTEMPTS = 3;

    @Inject
    MetricRegistry metrics;

    @PersistenceContext
    EntityManager em;

    @Inject
    Registrations registrations;

    @Inject
    PasswordHasher hasher;

    @Inject
    RememberMeTokens tokens;

    @Inject
    Clock clock;

    /**
     * Creates the account, hashing outside any transaction (PBKDF2 takes a while) and retrying when another
     * signup took the same derived username at the same moment.
     *
     * @throws EmailTakenException when the email already has an account
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public User signUp(Signup signup) {
        String hash = hasher.hash(signup.password());
        for (int attempt = 1;; attempt++) {
            try {
                User user = registrations.register(signup, hash);
                LOG.info(() -> "User successfully created: " + user.getEmail() + " (ID: " + user.getId() + ")");
                metrics.counter("signups").inc();
                return user;
            } catch (UsernameTakenException e) {
                if (attempt == USERNAME_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    /** The user an email or username (either case) belongs to. */
    public Optional<User> findByLogin(String emailOrUsername) {
        String key = emailOrUsername.strip().toLowerCase(Locale.ROOT);
        String query = key.contains("@") ? User.FIND_BY_EMAIL_KEY : User.FIND_BY_USERNAME_KEY;
        return em.createNamedQuery(query, User.class).setParameter("key", key).getResultStream().findFirst();
    }

    /**
     * A page of the accounts whose name, email or username contains {@code query} (any case), in the order of
     * their ids, after {@code afterId} (keyset paging: every page costs the same, however deep).
     *
     * @param newestFirst ids descending, then {@code afterId} means "older than"
     */
    public List<User> search(String query, long afterId, boolean newestFirst, int limit) {
        String like = LikePatterns.containing(query);
        return em.createQuery("SELECT u FROM User u WHERE (u.emailKey LIKE :like ESCAPE '\\'"
                + " OR u.usernameKey LIKE :like ESCAPE '\\' OR LOWER(u.firstName) LIKE :like ESCAPE '\\'"
                + " OR LOWER(u.lastName) LIKE :like ESCAPE '\\')"
                + (newestFirst ? " AND u.id < :after ORDER BY u.id DESC" : " AND u.id > :after ORDER BY u.id"),
                User.class).setParameter("like", like).setParameter("after", afterId).setMaxResults(limit)
                .getResultList();
    }

    public long countUsers() {
        return em.createQuery("SELECT COUNT(u) FROM User u", Long.class).getSingleResult();
    }

    public long countUsersSince(Instant since) {
        return em.createQuery("SELECT COUNT(u) FROM User u WHERE u.createdAt >= :since", Long.class)
                .setParameter("since", since).getSingleResult();
    }

    public Optional<User> findById(long id) {
        return Optional.ofNullable(em.find(User.class, id));
    }


    /**
     * Changes the profile's names and username.
     *
     * @throws UsernameTakenException when someone else has the username (ignoring case)
     */
    public User updateProfile(long userId, String firstName, String lastName, String username) {
        User user = getById(userId);
        String key = User.usernameKey(username);
        boolean takenByOther = em.createNamedQuery(User.FIND_BY_USERNAME_KEY, User.class).setParameter("key", key)
                .getResultStream().anyMatch(other -> !other.getId().equals(userId));
        if (takenByOther) {
            throw new UsernameTakenException();
        }
        user.rename(firstName, lastName);
        user.changeUsername(username);
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw UniqueConstraints.violated(e).map(c -> (RuntimeException) new UsernameTakenException())
                    .orElse(e);
        }
        return user;
    }

    /** What ensuring the administrator changed. */
    public enum AdminChange {
        UNCHANGED, MADE_ADMIN, PASSWORD_SET, MADE_ADMIN_AND_PASSWORD_SET
    }

    /**
     * Gives a user the ADMIN role and the given password, if they lack either; a new password ends their other
     * sessions, as any password change does. The address counts as verified: the operator configured it.
     */
    public AdminChange makeAdmin(long userId, String password) {
        User user = getById(userId);
        user.verifyEmail(clock.instant());
        boolean madeAdmin = !user.isAdmin();
        user.grantAdmin(true);
        boolean passwordSet = !hasher.verify(password, user.getPasswordHash());
        if (passwordSet) {
            changePassword(userId, password);
        }
        return madeAdmin && passwordSet ? AdminChange.MADE_ADMIN_AND_PASSWORD_SET
                : madeAdmin ? AdminChange.MADE_ADMIN : passwordSet ? AdminChange.PASSWORD_SET : AdminChange.UNCHANGED;
    }

    /** Whether {@code password} is the user's current one. */
    public boolean checkPassword(long userId, String password) {
        return hasher.verify(password, getById(userId).getPasswordHash());
    }

    /**
     * Sets a new password and ends every other way in: all remember-me tokens, and (through the stamp the
     * session check compares) every session that began before now.
     *
     * @return when the change took effect, so the caller's own session can continue
     */
    public Instant changePassword(long userId, String newPassword) {
        Instant now = clock.instant();
        getById(userId).changePassword(hasher.hash(newPassword), now);
        tokens.revokeAll(userId);
        LOG.info(() -> "Password changed for user ID " + userId + "; other sessions and remembered logins ended");
        return now;
    }

    /**
     * @throws EmailTakenException when the new email already has an account
     */
    public User changeEmail(long userId, String newEmail) {
        User user = getById(userId);
        boolean takenByOther = em.createNamedQuery(User.FIND_BY_EMAIL_KEY, User.class)
                .setParameter("key", User.emailKey(newEmail)).getResultStream()
                .anyMatch(other -> !other.getId().equals(userId));
        if (takenByOther) {
            throw new EmailTakenException();
        }
        user.changeEmail(newEmail);
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw UniqueConstraints.violated(e).map(c -> (RuntimeException) new EmailTakenException()).orElse(e);
        }
        return user;
    }

    /**
     * Points the profile at a newly stored photo (or at none).
     *
     * @return the key of the photo it replaced, for the caller to delete from the store, or null
     */
    public String replacePhoto(long userId, String key) {
        return getById(userId).replacePhoto(key);
    }

    /** @throws IllegalStateException when the user does not exist (a deleted account's stale session) */
    public User getById(long userId) {
        return findById(userId).orElseThrow(() -> new IllegalStateException("No user " + userId));
    }

    /** Replaces the stored hash with one made with today's parameters (called after a successful login). */
    public void rehash(long userId, String password) {
        findById(userId).ifPresent(user -> user.changePasswordHash(hasher.hash(password)));
    }
}
