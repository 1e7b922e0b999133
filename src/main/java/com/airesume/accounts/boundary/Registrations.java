package com.airesume.accounts.boundary;

import com.airesume.accounts.control.Usernames;
import com.airesume.accounts.entity.User;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.HashSet;

/**
 * Creates one user in one transaction. The schema's unique constraints decide races: the loser gets
 * {@link EmailTakenException}, or {@link UsernameTakenException} when only the derived username collided,
 * and its transaction is rolled back whole.
 */
@Stateless
public class Registrations {

    @PersistenceContext
    EntityManager em;

    public User register(Signup signup, String passwordHash) {
        if (!em.createNamedQuery(User.FIND_BY_EMAIL_KEY, User.class)
                .setParameter("key", User.emailKey(signup.email())).getResultList().isEmpty()) {
            throw new EmailTakenException();
        }
        String stem = Usernames.stem(signup.email());
        String username = Usernames.firstFree(stem, new HashSet<>(em.createNamedQuery(User.FIND_USERNAME_KEYS_LIKE,
                String.class).setParameter("prefix", stem + "%").getResultList()));
        User user = new User(signup.email(), username, signup.firstName(), signup.lastName(), passwordHash);
        try {
            em.persist(user);
            em.flush();
        } catch (PersistenceException e) {
            String constraint = UniqueConstraints.violated(e).orElseThrow(() -> e);
            if (constraint.equals("uq_users_username_key")) {
                throw new UsernameTakenException();
            }
            throw new EmailTakenException();
        }
        return user;
    }
}
