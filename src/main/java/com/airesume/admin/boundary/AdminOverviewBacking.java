package com.airesume.admin.boundary;

import com.airesume.accounts.boundary.AccountService;
import com.airesume.accounts.boundary.AuthEvents;
import com.airesume.accounts.entity.AuthEvent;
import com.airesume.mail.boundary.Outbox;
import com.airesume.mail.entity.OutboxMail;
import com.airesume.platform.config.Settings;
import com.airesume.platform.database.DatabaseSchema;
import com.airesume.resumes.boundary.Resumes;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * {@code /admin/}: the numbers an operator looks at first. Counts come from the database (users, the audit log of
 * the last 24 hours, the outbox, resumes); PDF exports and AI requests are this instance's counters since it
 * started, as {@code /metrics} shows them.
 */
@Named
@RequestScoped
public class AdminOverviewBacking {

    @Inject
    AccountService accounts;

    @Inject
    AuthEvents events;

    @Inject
    Outbox outbox;

    @Inject
    Resumes resumes;

    @Inject
    DatabaseSchema schema;

    @Inject
    Settings settings;

    @Inject
    MetricRegistry metrics;

    @Inject
    Clock clock;

    public long getUsers() {
        return accounts.countUsers();
    }

    public long getSignupsToday() {
        return accounts.countUsersSince(LocalDate.now(clock).atStartOfDay().toInstant(ZoneOffset.UTC));
    }

    public long getLogins() {
        return events.count(AuthEvent.Kind.LOGIN_OK, dayAgo());
    }

    public long getFailedLogins() {
        return events.count(AuthEvent.Kind.LOGIN_FAILED, dayAgo());
    }

    public long getLockouts() {
        return events.count(AuthEvent.Kind.LOCKOUT, dayAgo());
    }

    public long getResetsRequested() {
        return events.count(AuthEvent.Kind.RESET_REQUESTED, dayAgo());
    }

    public long getMailsPending() {
        return outbox.count(OutboxMail.Status.PENDING);
    }

    public long getMailsFailed() {
        return outbox.count(OutboxMail.Status.FAILED);
    }

    public long getResumes() {
        return resumes.count();
    }

    public long getPdfExports() {
        return metrics.counter("pdf_exports").getCount();
    }

    public long getAiRequests() {
        return metrics.getCounters((id, metric) -> id.getName().equals("ai_requests")).values().stream()
                .mapToLong(c -> c.getCount()).sum();
    }

    public boolean isDatabaseUp() {
        return schema.answers();
    }

    public String getSchemaVersion() {
        return schema.version().orElse("?");
    }

    public boolean isMailConfigured() {
        return settings.mail().smtp();
    }

    public String getMailRelay() {
        return settings.mail().host().map(h -> h + ":" + settings.mail().port()).orElse("");
    }

    private Instant dayAgo() {
        return clock.instant().minus(Duration.ofDays(1));
    }
}
