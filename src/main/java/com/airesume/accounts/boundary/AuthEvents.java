package com.airesume.accounts.boundary;

import com.airesume.accounts.entity.AuthEvent;
import com.airesume.accounts.entity.User;
import com.airesume.platform.config.Settings;
import com.airesume.platform.database.LikePatterns;
import com.airesume.platform.housekeeping.HousekeepingDue;
import com.airesume.platform.web.ProxyHeaders;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.logging.Logger;

/**
 * The audit log. Each event is written in its own transaction, so a login that fails, or a request that rolls
 * back, still leaves its line; and it is purged after {@code AUDIT_RETENTION_DAYS} (default 90) by the
 * housekeeping timer.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class AuthEvents {

    private static final Logger LOG = Logger.getLogger(AuthEvents.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Settings settings;

    /** Records an event of a request, with the client's address (after trusted proxies) and browser. */
    public void record(AuthEvent.Kind kind, Long userId, String subject, HttpServletRequest request, String detail) {
        record(kind, userId, subject, request == null ? null : ProxyHeaders.clientAddress(request),
                request == null ? null : request.getHeader("User-Agent"), detail);
    }

    /**
     * Records an event about the account that has {@code email}, if one has: the reset pages know only the address
     * typed, and the event belongs on that account's page all the same.
     */
    public void recordByEmail(AuthEvent.Kind kind, String email, HttpServletRequest request, String detail) {
        Long userId = em.createNamedQuery(User.FIND_BY_EMAIL_KEY, User.class).setParameter("key", User.emailKey(email))
                .getResultStream().findFirst().map(User::getId).orElse(null);
        record(kind, userId, email, request, detail);
    }

    /** Records an event with no request behind it (boot, timers), or with its client given. */
    public void record(AuthEvent.Kind kind, Long userId, String subject, String address, String userAgent,
            String detail) {
        em.persist(new AuthEvent(clock.instant(), kind, userId, subject, address, userAgent, detail));
    }

    /** The newest events first. */
    public List<AuthEvent> recent(int limit) {
        return em.createNamedQuery(AuthEvent.FIND_RECENT, AuthEvent.class).setMaxResults(limit).getResultList();
    }

    /**
     * A page of events, newest first, older than {@code beforeId}: of one kind when given, and naming
     * {@code subject} (the login typed, an email) when given.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<AuthEvent> search(AuthEvent.Kind kind, String subject, Long userId, long beforeId, int limit) {
        // Only the filters given go into the query: PostgreSQL cannot type a null parameter in "? IS NULL".
        StringBuilder query = new StringBuilder("SELECT e FROM AuthEvent e WHERE e.id < :before");
        if (kind != null) {
            query.append(" AND e.kind = :kind");
        }
        if (userId != null) {
            query.append(" AND e.userId = :user");
        }
        boolean bySubject = subject != null && !subject.isBlank();
        if (bySubject) {
            query.append(" AND LOWER(e.subject) LIKE :like ESCAPE '\\'");
        }
        var found = em.createQuery(query.append(" ORDER BY e.id DESC").toString(), AuthEvent.class)
                .setParameter("before", beforeId).setMaxResults(limit);
        if (kind != null) {
            found.setParameter("kind", kind);
        }
        if (userId != null) {
            found.setParameter("user", userId);
        }
        if (bySubject) {
            found.setParameter("like", LikePatterns.containing(subject));
        }
        return found.getResultList();
    }

    /** How many events of a kind happened since {@code since}. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long count(AuthEvent.Kind kind, Instant since) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM auth_events WHERE kind = ?1 AND occurred_at >= ?2")
                .setParameter(1, kind.name()).setParameter(2, OffsetDateTime.ofInstant(since, ZoneOffset.UTC))
                .getSingleResult()).longValue();
    }

    public void purge(@Observes HousekeepingDue due) {
        int deleted = em.createNativeQuery("DELETE FROM auth_events WHERE occurred_at < ?1").setParameter(1,
                OffsetDateTime.ofInstant(due.now().minus(settings.auditRetention()), ZoneOffset.UTC)).executeUpdate();
        if (deleted > 0) {
            LOG.info(() -> "Audit log: " + deleted + " events older than " + settings.auditRetention().toDays()
                    + " days deleted");
        }
    }
}
