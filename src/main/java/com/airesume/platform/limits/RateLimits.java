package com.airesume.platform.limits;

import com.airesume.platform.database.DatabaseSchema;
import com.airesume.platform.housekeeping.HousekeepingDue;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;

/**
 * Counters of hits per subject in fixed windows ({@code rate_limit_counters}), shared by every instance.
 *
 * <p>Each hit is a short transaction of its own on a connection outside the caller's (so it counts even when the
 * caller's work is refused or rolled back): the increment locks the row, and the count read after it under that
 * lock is this hit's own. The first hit of a window inserts the row; when many first hits race (eight
 * colleagues behind one office address, two instances at once) the losers meet the primary key, roll back and
 * increment the winner's row instead. The same on PostgreSQL and on H2, where a MERGE was not atomic against a
 * concurrent insert.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RateLimits {

    /** The longest subject kept as it is; longer ones are the caller's to shorten (a digest). */
    public static final int SUBJECT_MAX = 300;
    private static final String UNIQUE_VIOLATION = "23505";
    private static final String INCREMENT = "UPDATE rate_limit_counters SET hits = hits + 1"
            + " WHERE bucket = ? AND subject = ? AND window_start = ?";
    private static final String FIRST = "INSERT INTO rate_limit_counters (bucket, subject, window_start, hits,"
            + " expires_at) VALUES (?, ?, ?, 1, ?)";
    private static final String HITS = "SELECT hits FROM rate_limit_counters"
            + " WHERE bucket = ? AND subject = ? AND window_start = ?";

    @PersistenceContext
    EntityManager em;

    @Resource(lookup = DatabaseSchema.DATA_SOURCE)
    DataSource dataSource;

    @Inject
    Clock clock;

    /** Counts one hit; true while the window holds at most {@code limit} of them. */
    public boolean tryAcquire(String bucket, String subject, int limit, Duration window) {
        return hit(bucket, subject, window) <= limit;
    }

    /** Counts one hit and returns the hits in the current window, this one included. */
    public int hit(String bucket, String subject, Duration window) {
        OffsetDateTime start = windowStart(window);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                int hits = increment(connection, bucket, subject, start);
                if (hits == 0) {
                    try {
                        insertFirst(connection, bucket, subject, start, window);
                        hits = 1;
                    } catch (SQLException e) {
                        if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                            throw e;
                        }
                        // Another first hit won the insert; this one counts on its row.
                        connection.rollback();
                        hits = increment(connection, bucket, subject, start);
                    }
                }
                connection.commit();
                return hits;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new PersistenceException("Rate limit counter " + bucket + " not counted", e);
        }
    }

    /** The hits in the current window. */
    public int count(String bucket, String subject, Duration window) {
        try (Connection connection = dataSource.getConnection()) {
            return hits(connection, bucket, subject, windowStart(window));
        } catch (SQLException e) {
            throw new PersistenceException("Rate limit counter " + bucket + " not read", e);
        }
    }

    /** Deletes counters whose window has passed. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void purge(@Observes HousekeepingDue due) {
        em.createNativeQuery("DELETE FROM rate_limit_counters WHERE expires_at < ?1")
                .setParameter(1, OffsetDateTime.ofInstant(due.now(), ZoneOffset.UTC)).executeUpdate();
    }

    /** The window's hits after adding this one, read under the row lock the update took; 0 when there is no row. */
    private static int increment(Connection connection, String bucket, String subject, OffsetDateTime start)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(INCREMENT)) {
            update.setString(1, bucket);
            update.setString(2, subject);
            update.setObject(3, start);
            if (update.executeUpdate() == 0) {
                return 0;
            }
        }
        return hits(connection, bucket, subject, start);
    }

    private static void insertFirst(Connection connection, String bucket, String subject, OffsetDateTime start,
            Duration window) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(FIRST)) {
            insert.setString(1, bucket);
            insert.setString(2, subject);
            insert.setObject(3, start);
            insert.setObject(4, start.plus(window));
            insert.executeUpdate();
        }
    }

    private static int hits(Connection connection, String bucket, String subject, OffsetDateTime start)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(HITS)) {
            query.setString(1, bucket);
            query.setString(2, subject);
            query.setObject(3, start);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? rows.getInt(1) : 0;
            }
        }
    }

    /** Windows are aligned to the epoch, so every instance agrees on where one begins. */
    private OffsetDateTime windowStart(Duration window) {
        long size = window.toMillis();
        long now = clock.millis();
        return OffsetDateTime.ofInstant(Instant.ofEpochMilli(now - Math.floorMod(now, size)), ZoneOffset.UTC);
    }
}
