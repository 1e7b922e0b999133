package com.airesume.accounts.boundary;

import com.airesume.accounts.entity.User;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.logging.Logger;

/** What the rest of the application asks about accounts. */
@Stateless
public class AccountService {

    private static final Logger LOG = Logger.getLogger(AccountService.class.getName());
    private static final int USERNAME_ATTEMPTS = 3;

    @PersistenceContext
    EntityManager em;

    @Inject
    Registrations registrations;

    @Inject
    PasswordHasher hasher;

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
        String key = emailOrUsername.strip().toLowerCase(java.util.Locale.ROOT);
        String query = key.contains("@") ? User.FIND_BY_EMAIL_KEY : User.FIND_BY_USERNAME_KEY;
        return em.createNamedQuery(query, User.class).setParameter("key", key).getResultStream().findFirst();
    }

    public Optional<User> findById(long id) {
        return Optional.ofNullable(em.find(User.class, id));
    }

    /** Replaces the stored hash with one made with today's parameters (called after a successful login). */
    public void rehash(long userId, String password) {
        findById(userId).ifPresent(user -> user.changePasswordHash(hasher.hash(password)));
    }
}
