package com.airesume.mail.boundary;

import com.airesume.mail.entity.OutboxMail;
import com.airesume.platform.boot.SchemaReady;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorDefinition;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import java.util.Locale;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Sends outbox mail off the request thread. A queued mail is handed to a bounded managed executor the moment its
 * transaction commits; {@link OutboxTimer} hands over whatever is still owed. Every send is preceded by a claim
 * in the database and followed by a record of how it went, and writes the log lines operators search for.
 */
@ApplicationScoped
@ManagedExecutorDefinition(name = MailDispatcher.EXECUTOR, maxAsync = MailDispatcher.SENDERS)
public class MailDispatcher {

    static final String EXECUTOR = "java:app/concurrent/MailExecutor";
    /** Sends at once; a silent relay holds at most this many threads, none of them a request's. */
    static final int SENDERS = 4;
    private static final int BATCH = 20;
    private static final Logger LOG = Logger.getLogger(MailDispatcher.class.getName());

    @Resource(lookup = EXECUTOR)
    ManagedExecutorService executor;

    @Inject
    Outbox outbox;

    @Inject
    MailSender sender;

    @Inject
    MetricRegistry metrics;

    /** Mails owed, at {@code /metrics} as {@code mails_pending}: the outbox is counted on each scrape. */
    void registerGauge(@Observes SchemaReady ready) {
        metrics.gauge("mails_pending", outbox, o -> o.count(OutboxMail.Status.PENDING));
    }

    void queued(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued queued) {
        try {
            executor.execute(() -> {
                if (outbox.claim(queued.id())) {
                    send(queued.id());
                }
            });
        } catch (RejectedExecutionException e) {
            LOG.fine(() -> "Mail " + queued.id() + " waits for the outbox timer: the senders are busy");
        }
    }

    /** Fails what is past its deadline, then sends what is due; called by the timer on every instance. */
    void dispatchDue() {
        outbox.giveUpOverdue().forEach(row -> LOG.severe(() -> "❌ Failed to send "
                + OpenedMail.describe(row.getKind(), row.getSubject()) + " to " + row.getRecipient() + ": "
                + row.getLastError().orElse("") + "; it will not be retried"));
        for (long id : outbox.claimDue(BATCH)) {
            try {
                executor.execute(() -> send(id));
            } catch (RejectedExecutionException e) {
                outbox.release(id);
            }
        }
    }

    private void send(long id) {
        outbox.open(id).ifPresent(mail -> {
            try {
                sender.send(mail);
                outbox.recordSent(id);
                metrics.counter("mails_sent", new Tag("kind", mail.kind().name().toLowerCase(Locale.ROOT))).inc();
                LOG.info(() -> mail.kind().isCode()
                        ? "✅ OTP email sent successfully to " + mail.to()
                        : "✅ Email sent successfully to " + mail.to() + " (" + mail.subject() + ")");
            } catch (MessagingException | RuntimeException e) {
                Outbox.Attempted attempted = outbox.recordFailure(id, reason(e));
                metrics.counter("mail_failures", new Tag("final", String.valueOf(attempted.retryAt().isEmpty())))
                        .inc();
                LOG.log(Level.SEVERE, () -> "❌ Failed to send " + mail.describe() + " to " + mail.to() + ": "
                        + reason(e) + attempted.retryAt().map(at -> "; will retry at " + at + " (after attempt "
                                + attempted.attempts() + ")").orElse("; giving up after attempt "
                                        + attempted.attempts() + (attempted.code() ? ": the code expires first"
                                                : "")));
            }
        });
    }

    /** The reason a person can act on: the innermost message, without the stack. */
    private static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root == e ? String.valueOf(e.getMessage()) : e.getMessage() + " (" + root + ")";
        return message.replaceAll("[\\r\\n]+", " ").strip();
    }
}
