package com.airesume.platform.limits;

import com.airesume.platform.housekeeping.HousekeepingDue;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Counters of hits per subject in fixed windows ({@code rate_limit_counters}). Each call is its own transaction,
 * so a hit counts even when the caller's work is refused or rolled back. The MERGE is standard SQL that
 * PostgreSQL (15+) and H2 both run, and two instances counting at once add up instead of losing a hit.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class RateLimits {

    /** The longest subject kept as it is; longer ones are the caller's to shorten (a digest). */
    public static final int SUBJECT_MAX = 300;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** Counts one hit; true while the window holds at most {@code limit} of them. */
    public boolean tryAcquire(String bucket, String subject, int limit, Duration window) {
        return hit(bucket, subject, window) <= limit;
    }

    /** Counts one hit and returns the hits in the current window, this one included. */
    public int hit(String bucket, String subject, Duration window) {
        OffsetDateTime start = windowStart(window);
        em.createNativeQuery("MERGE INTO rate_limit_counters AS t"
                + " USING (VALUES (CAST(?1 AS VARCHAR(40)), CAST(?2 AS VARCHAR(300)),"
                + " CAST(?3 AS TIMESTAMP WITH TIME ZONE), CAST(?4 AS TIMESTAMP WITH TIME ZONE)))"
                + " AS s (bucket, subject, window_start, expires_at)"
                + " ON t.bucket = s.bucket AND t.subject = s.subject AND t.window_start = s.window_start"
                + " WHEN MATCHED THEN UPDATE SET hits = t.hits + 1"
                + " WHEN NOT MATCHED THEN INSERT (bucket, subject, window_start, hits, expires_at)"
                + " VALUES (s.bucket, s.subject, s.window_start, 1, s.expires_at)")
                .setParameter(1, bucket).setParameter(2, subject).setParameter(3, start)
                .setParameter(4, start.plus(window)).executeUpdate();
        return count(bucket, subject, window);
    }

    /** The hits in the current window. */
    public int count(String bucket, String subject, Duration window) {
        List<?> hits = em.createNativeQuery("SELECT hits FROM rate_limit_counters"
                + " WHERE bucket = ?1 AND subject = ?2 AND window_start = ?3")
                .setParameter(1, bucket).setParameter(2, subject).setParameter(3, windowStart(window))
                .getResultList();
        return hits.isEmpty() ? 0 : ((Number) hits.get(0)).intValue();
    }

    /** Deletes counters whose window has passed. */
    public void purge(@Observes HousekeepingDue due) {
        em.createNativeQuery("DELETE FROM rate_limit_counters WHERE expires_at < ?1")
                .setParameter(1, OffsetDateTime.ofInstant(due.now(), ZoneOffset.UTC)).executeUpdate();
    }

    /** Windows are aligned to the epoch, so every instance agrees on where one begins. */
    private OffsetDateTime windowStart(Duration window) {
        long size = window.toMillis();
        long now = clock.millis();
        return OffsetDateTime.ofInstant(Instant.ofEpochMilli(now - Math.floorMod(now, size)), ZoneOffset.UTC);
    }
}
