package com.airesume.mail.boundary;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.airesume.mail.control.MailSeal;
import com.airesume.platform.config.Settings;
import com.airesume.platform.database.DatabaseSchema;
import com.airesume.testing.Deployments;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The outbox's claims on the run's real database, in the container: many senders reaching for the same due rows
 * at once never get the same row twice. (The app's own timer may take some of them meanwhile; it claims the same
 * way, so it is one more contender.)
 */
@ExtendWith(ArquillianExtension.class)
class OutboxIT {

    @Deployment
    static WebArchive application() {
        return Deployments.builtWar();
    }

    @Inject
    Outbox outbox;

    @Inject
    Settings settings;

    @Resource
    ManagedExecutorService executor;

    @Resource(lookup = DatabaseSchema.DATA_SOURCE)
    DataSource dataSource;

    @Test
    void concurrentClaimsNeverShareARow() throws Exception {
        String recipient = "claims-" + UUID.randomUUID() + "@example.com";
        int rows = 60;
        insertDue(recipient, rows);
        List<Callable<List<Long>>> senders = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            senders.add(() -> {
                List<Long> mine = new ArrayList<>();
                for (List<Long> batch = outbox.claimDue(3); !batch.isEmpty(); batch = outbox.claimDue(3)) {
                    mine.addAll(batch);
                }
                return mine;
            });
        }
        List<Long> claimed = new ArrayList<>();
        for (Future<List<Long>> sender : executor.invokeAll(senders)) {
            claimed.addAll(sender.get());
        }
        Set<Long> distinct = new HashSet<>(claimed);
        Set<Long> ours = ids(recipient);
        assertAll(() -> assertEquals(claimed.size(), distinct.size(), "a row was claimed twice: " + claimed),
                () -> assertTrue(ours.containsAll(distinct)),
                () -> assertTrue(distinct.size() >= rows - 20, "the senders got " + distinct.size() + " of " + rows));
    }

    @Test
    void aClaimedRowIsNotClaimedAgainUntilItsLeaseEnds() throws Exception {
        String recipient = "lease-" + UUID.randomUUID() + "@example.com";
        insertDue(recipient, 1);
        long id = ids(recipient).iterator().next();
        outbox.claim(id);
        assertFalse(outbox.claim(id), "claimed once (by this test or the app's timer), it cannot be claimed again");
    }

    private void insertDue(String recipient, int rows) throws SQLException {
        MailSeal seal = new MailSeal(settings.secretKey().reveal());
        Timestamp past = Timestamp.from(Instant.now().minusSeconds(60));
        Timestamp later = Timestamp.from(Instant.now().plusSeconds(3600));
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO mail_outbox (kind, recipient,"
                     + " subject, sealed_text, sealed_html, status, attempts, next_attempt_at, give_up_at, created_at,"
                     + " version) VALUES ('NOTICE', ?, 'Claims', ?, ?, 'PENDING', 0, ?, ?, ?, 1)")) {
            for (int i = 0; i < rows; i++) {
                insert.setString(1, recipient);
                insert.setString(2, seal.seal("text " + i));
                insert.setString(3, seal.seal("<p>html " + i + "</p>"));
                insert.setTimestamp(4, past);
                insert.setTimestamp(5, later);
                insert.setTimestamp(6, past);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private Set<Long> ids(String recipient) throws SQLException {
        Set<Long> ids = new HashSet<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT id FROM mail_outbox WHERE recipient = ?")) {
            select.setString(1, recipient);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
        }
        return ids;
    }
}
