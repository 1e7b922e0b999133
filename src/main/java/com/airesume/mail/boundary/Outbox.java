package com.airesume.mail.boundary;

import com.airesume.mail.control.MailSeal;
import com.airesume.mail.control.RetrySchedule;
import com.airesume.mail.entity.OutboxMail;
import com.airesume.platform.config.Settings;
import com.airesume.platform.database.LikePatterns;
import com.airesume.platform.housekeeping.HousekeepingDue;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * The outbox table. {@link #queue} joins the caller's transaction, so a mail exists exactly when the work that
 * caused it committed. Everything else is the sender's, each call its own transaction: a claim is a
 * conditional update (and, for a batch, {@code SELECT … FOR UPDATE SKIP LOCKED}), so of two instances reaching
 * for one row only one gets it, and a claim that is never settled (the instance died mid-send) lapses after a
 * lease long enough for the slowest send the timeouts allow.
 */
@Stateless
public class Outbox {

    private static final Logger LOG = Logger.getLogger(Outbox.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Settings settings;

    @Inject
    Clock clock;

    @Inject
    Event<MailQueued> queued;

    /** Queues a mail to be tried until its deadline: the code's expiry for a code mail. */
    public long queue(Mail mail, Instant deadline) {
        MailSeal seal = seal();
        OutboxMail row = new OutboxMail(mail.kind(), mail.to(), mail.subject(), seal.seal(mail.body().text()),
                seal.seal(mail.body().html()), clock.instant(), deadline);
        em.persist(row);
        em.flush();
        queued.fire(new MailQueued(row.getId()));
        return row.getId();
    }

    /** Queues a notice, tried for {@code EMAIL_RETRY_HOURS} (24 by default). */
    public long queue(Mail mail) {
        return queue(mail, clock.instant().plus(settings.mail().retryFor()));
    }

    /** Claims one row that is due and not claimed by anyone; false when another sender has it or it is done. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean claim(long id) {
        return tryClaim(id, clock.instant());
    }

    /** Claims up to {@code limit} due rows, skipping rows another instance holds locked at this moment. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> claimDue(int limit) {
        Instant now = clock.instant();
        List<?> ids = em.createNativeQuery("SELECT id FROM mail_outbox WHERE status = 'PENDING'"
                + " AND next_attempt_at <= ?1 AND (claimed_until IS NULL OR claimed_until < ?1)"
                + " ORDER BY next_attempt_at LIMIT ?2 FOR UPDATE SKIP LOCKED")
                .setParameter(1, utc(now)).setParameter(2, limit).getResultList();
        List<Long> claimed = new ArrayList<>();
        for (Object id : ids) {
            long value = ((Number) id).longValue();
            if (tryClaim(value, now)) {
                claimed.add(value);
            }
        }
        return claimed;
    }

    /** Hands a claimed row back unsent, for the next timer run (the executor was full). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void release(long id) {
        em.createNativeQuery("UPDATE mail_outbox SET claimed_until = NULL WHERE id = ?1").setParameter(1, id)
                .executeUpdate();
    }

    /**
     * The claimed row's mail, unsealed; empty when it is no longer pending, or when its body cannot be opened
     * (then the row is failed: retrying cannot help).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<OpenedMail> open(long id) {
        OutboxMail row = em.find(OutboxMail.class, id);
        if (row == null || row.getStatus() != OutboxMail.Status.PENDING) {
            return Optional.empty();
        }
        try {
            MailSeal seal = seal();
            return Optional.of(new OpenedMail(id, row.getKind(), row.getRecipient(), row.getSubject(),
                    seal.open(row.getSealedText().orElseThrow()), seal.open(row.getSealedHtml().orElseThrow())));
        } catch (MailSeal.UnreadableMailException e) {
            row.giveUp(e.getMessage());
            LOG.severe(() -> "❌ Failed to send " + OpenedMail.describe(row.getKind(), row.getSubject()) + " to "
                    + row.getRecipient() + ": " + e.getMessage() + "; it will not be retried");
            return Optional.empty();
        }
    }

    /** Records a delivery; a row another sender already settled (its claim had lapsed) is left as it is. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordSent(long id) {
        OutboxMail row = em.find(OutboxMail.class, id);
        if (row.isPending()) {
            row.sent(clock.instant());
        }
    }

    /** @return when the next try is, or empty when the mail was given up */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Attempted recordFailure(long id, String error) {
        OutboxMail row = em.find(OutboxMail.class, id);
        if (!row.isPending()) {
            return new Attempted(row.getAttempts(), Optional.empty(), row.getKind().isCode());
        }
        Instant next = RetrySchedule.next(row.getAttempts() + 1, clock.instant(),
                ThreadLocalRandom.current().nextDouble());
        Optional<Instant> retry = row.failed(error, next);
        return new Attempted(row.getAttempts(), retry, row.getKind().isCode());
    }

    /** Fails the pending rows whose deadline has passed before they could be sent, and returns them. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<OutboxMail> giveUpOverdue() {
        Instant now = clock.instant();
        List<OutboxMail> overdue = new ArrayList<>();
        for (Object id : em.createNativeQuery("SELECT id FROM mail_outbox WHERE status = 'PENDING'"
                + " AND give_up_at < ?1 AND (claimed_until IS NULL OR claimed_until < ?1)"
                + " ORDER BY id LIMIT 100 FOR UPDATE SKIP LOCKED").setParameter(1, utc(now)).getResultList()) {
            overdue.add(em.find(OutboxMail.class, ((Number) id).longValue()));
        }
        overdue.forEach(row -> row.giveUp(
                row.getKind().isCode() ? "gave up: the code expired before it could be sent"
                        : "gave up: not sent within " + settings.mail().retryFor().toHours() + " hours"));
        return overdue;
    }

    /**
     * A page of mails still owed or given up (never the sent ones), newest first, older than {@code beforeId}:
     * of one status when given, and to a recipient containing {@code recipient} (any case) when given.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<OutboxMail> search(OutboxMail.Status status, String recipient, long beforeId, int limit) {
        // Only the filters given go into the query: PostgreSQL cannot type a null parameter in "? IS NULL".
        StringBuilder query = new StringBuilder("SELECT m FROM OutboxMail m WHERE m.id < :before AND m.status "
                + (status == null ? "IN :statuses" : "= :status"));
        boolean byRecipient = recipient != null && !recipient.isBlank();
        if (byRecipient) {
            query.append(" AND LOWER(m.recipient) LIKE :like ESCAPE '\\'");
        }
        var found = em.createQuery(query.append(" ORDER BY m.id DESC").toString(), OutboxMail.class)
                .setParameter("before", beforeId).setMaxResults(limit);
        if (status == null) {
            found.setParameter("statuses", List.of(OutboxMail.Status.PENDING, OutboxMail.Status.FAILED));
        } else {
            found.setParameter("status", status);
        }
        if (byRecipient) {
            found.setParameter("like", LikePatterns.containing(recipient));
        }
        return found.getResultList();
    }

    /** The newest mails to one address, whatever became of them (sent ones until the retention purge). */
    public List<OutboxMail> recentTo(String email, int limit) {
        return em.createQuery("SELECT m FROM OutboxMail m WHERE LOWER(m.recipient) = :email ORDER BY m.id DESC",
                OutboxMail.class).setParameter("email", email.strip().toLowerCase(Locale.ROOT)).setMaxResults(limit)
                .getResultList();
    }

    /**
     * An administrator's retry: a pending or failed mail becomes due now, and the senders (the timer within five
     * seconds) claim and send it as any other; nothing is sent in the caller's request. The row is read with a
     * lock, so a sender's claim either happened before (then it is refused as being sent) or waits for this
     * transaction and finds the row changed.
     */
    public Handled retry(long id) {
        Instant now = clock.instant();
        return handle(id, row -> row.retryRefusal(now), row -> row.retry(now, settings.mail().retryFor()));
    }

    /** An administrator's discard: the mail is never sent, its sealed body is erased, its row stays failed. */
    public Handled discard(long id) {
        Instant now = clock.instant();
        return handle(id, row -> row.discardRefusal(now), row -> row.discard(now));
    }

    private Handled handle(long id, Function<OutboxMail, Optional<OutboxMail.RetryRefusal>> refusal,
            Consumer<OutboxMail> change) {
        OutboxMail row = em.find(OutboxMail.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (row == null) {
            return new Handled(id, Optional.empty(), Optional.empty());
        }
        Optional<OutboxMail.RetryRefusal> refused = refusal.apply(row);
        if (refused.isEmpty()) {
            change.accept(row);
        }
        return new Handled(id, Optional.of(row.getRecipient()), refused);
    }

    public long count(OutboxMail.Status status) {
        return em.createNamedQuery(OutboxMail.COUNT_BY_STATUS, Long.class).setParameter("status", status)
                .getSingleResult();
    }

    /** Deletes sent and failed mails older than {@code EMAIL_OUTBOX_RETENTION_DAYS}. */
    public void purge(@Observes HousekeepingDue due) {
        em.createNativeQuery("DELETE FROM mail_outbox WHERE status <> 'PENDING' AND created_at < ?1")
                .setParameter(1, utc(due.now().minus(settings.mail().retention()))).executeUpdate();
    }

    private boolean tryClaim(long id, Instant now) {
        return em.createNativeQuery("UPDATE mail_outbox SET claimed_until = ?1 WHERE id = ?2"
                + " AND status = 'PENDING' AND next_attempt_at <= ?3 AND (claimed_until IS NULL OR claimed_until < ?3)")
                .setParameter(1, utc(now.plus(lease()))).setParameter(2, id).setParameter(3, utc(now))
                .executeUpdate() == 1;
    }

    /** Longer than the slowest send: connect, then each read and write may take the full timeout. */
    private Duration lease() {
        return settings.mail().timeout().multipliedBy(6).plusSeconds(30);
    }

    private MailSeal seal() {
        return new MailSeal(settings.secretKey().reveal());
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /**
     * How a failed try ended.
     *
     * @param attempts tries so far
     * @param retryAt the next try, empty when given up
     * @param code whether it was a code mail
     */
    public record Attempted(int attempts, Optional<Instant> retryAt, boolean code) {
    }

    /**
     * What an administrator's retry or discard did.
     *
     * @param id the mail
     * @param recipient whom it is for, empty when there is no such mail (purged meanwhile)
     * @param refused why nothing changed, empty when it was done
     */
    public record Handled(long id, Optional<String> recipient, Optional<OutboxMail.RetryRefusal> refused) {

        public boolean done() {
            return recipient.isPresent() && refused.isEmpty();
        }
    }
}
