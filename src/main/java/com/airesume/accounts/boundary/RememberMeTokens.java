package com.airesume.accounts.boundary;

import com.airesume.accounts.control.TokenDigests;
import com.airesume.accounts.entity.RememberMeToken;
import com.airesume.accounts.entity.User;
import com.airesume.platform.config.Settings;
import com.airesume.platform.housekeeping.HousekeepingDue;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.logging.Logger;

/** Remember-me tokens in the database: issued at login, checked on return, revoked at logout. */
@Stateless
public class RememberMeTokens {

    public static final Duration LIFETIME = Duration.ofDays(14);
    private static final Logger LOG = Logger.getLogger(RememberMeTokens.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Settings settings;

    @Inject
    Clock clock;

    /** A new token for the user; only its HMAC is stored. */
    public String issue(long userId) {
        String token = TokenDigests.newToken();
        User user = em.getReference(User.class, userId);
        em.persist(new RememberMeToken(digest(token), user, clock.instant(), LIFETIME));
        LOG.info(() -> "Session set to persist for 2 weeks (user ID: " + userId + ")");
        return token;
    }

    /** The user a live token belongs to. */
    public Optional<User> userOf(String token) {
        Instant now = clock.instant();
        return em.createNamedQuery(RememberMeToken.FIND_BY_HASH, RememberMeToken.class)
                .setParameter("hash", digest(token)).getResultStream().findFirst()
                .filter(t -> t.isValidAt(now)).map(RememberMeToken::getUser);
    }

    public void revoke(String token) {
        em.createNamedQuery(RememberMeToken.DELETE_BY_HASH).setParameter("hash", digest(token)).executeUpdate();
    }

    /** Ends every remembered login of the user (password changed or reset). */
    public void revokeAll(long userId) {
        em.createNamedQuery(RememberMeToken.DELETE_BY_USER).setParameter("userId", userId).executeUpdate();
    }

    public long countFor(long userId) {
        return em.createNamedQuery(RememberMeToken.COUNT_BY_USER, Long.class).setParameter("userId", userId)
                .getSingleResult();
    }

    /** Deletes tokens that have expired. */
    public void purge(@Observes HousekeepingDue due) {
        em.createNativeQuery("DELETE FROM remember_me_tokens WHERE expires_at < ?1")
                .setParameter(1, OffsetDateTime.ofInstant(due.now(), ZoneOffset.UTC)).executeUpdate();
    }

    private String digest(String token) {
        return TokenDigests.digest(settings.secretKey().reveal(), token);
    }
}
