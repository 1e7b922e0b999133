package com.airesume.admin.boundary;

import com.airesume.accounts.boundary.AuthEvents;
import com.airesume.accounts.boundary.CurrentUser;
import com.airesume.accounts.entity.AuthEvent;
import com.airesume.mail.boundary.Outbox;
import com.airesume.mail.entity.OutboxMail;
import com.airesume.platform.web.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * {@code /admin/mail/?status=…&q=…&before=…}: the outbox's mails still owed and given up, newest first,
 * {@value #PAGE} a page (keyset paging), filtered by status and by part of the recipient; with Retry and Discard
 * for each.
 *
 * <p>Each row's actions are a Faces form of their own that carries the mail's id, so the action reaches the mail
 * the administrator saw even when new mails have come in since the page was drawn. Both actions go through
 * {@link Outbox}, which never sends in the request: a retried mail is due at once and the outbox's senders take
 * it. Discard keeps the row (failed, its sealed body erased) rather than deleting it, so the page and the outbox's
 * retention still show what became of the mail; the audit log records who did which.
 */
@Named
@RequestScoped
public class AdminMailBacking {

    static final int PAGE = 50;
    static final String MAIL_PARAMETER = "mail";
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("d MMM HH:mm:ss", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    @Inject
    Outbox outbox;

    @Inject
    AuthEvents events;

    @Inject
    CurrentUser currentUser;

    private String status;
    private String q;
    private String before;
    private List<OutboxMail> page;

    public List<OutboxMail> getMails() {
        if (page == null) {
            page = outbox.search(statusFilter(), q, AdminUsersBacking.parse(before).orElse(Long.MAX_VALUE),
                    PAGE + 1);
        }
        return page.size() > PAGE ? page.subList(0, PAGE) : page;
    }

    public boolean isMore() {
        getMails();
        return page.size() > PAGE;
    }

    public long getPending() {
        return outbox.count(OutboxMail.Status.PENDING);
    }

    public long getFailed() {
        return outbox.count(OutboxMail.Status.FAILED);
    }

    /** The address of the next page, with the same filters. */
    public String getNextLink() {
        List<OutboxMail> shown = getMails();
        return filters() + "&before=" + shown.get(shown.size() - 1).getId();
    }

    public String getFirstLink() {
        return filters();
    }

    public boolean isFirstPage() {
        return AdminUsersBacking.parse(before).isEmpty();
    }

    public List<OutboxMail.Status> getStatuses() {
        return List.of(OutboxMail.Status.PENDING, OutboxMail.Status.FAILED);
    }

    /** A time in the table: day and time of day in UTC (the column says so); the year is in {@link #iso}. */
    public String at(Instant instant) {
        return instant == null ? "" : AT.format(instant);
    }

    public String iso(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ISO_INSTANT.format(instant);
    }

    public String attempts(OutboxMail mail) {
        return Texts.get("admin.mail.attempts.count", mail.getAttempts());
    }

    public String lastError(OutboxMail mail) {
        return mail.getLastError().orElse("");
    }

    /** What a screen reader says of a row's Retry: which mail, to whom. */
    public String retryLabel(OutboxMail mail) {
        return Texts.get("admin.mail.retry.of", String.valueOf(mail.getId()), mail.getRecipient());
    }

    public String discardLabel(OutboxMail mail) {
        return Texts.get("admin.mail.discard.of", String.valueOf(mail.getId()), mail.getRecipient());
    }

    public void retry() throws IOException {
        long id = mailParameter();
        report(outbox.retry(id), "retried", "admin.mail.retried");
    }

    public void discard() throws IOException {
        long id = mailParameter();
        report(outbox.discard(id), "discarded", "admin.mail.discarded");
    }

    private void report(Outbox.Handled handled, String what, String doneKey) throws IOException {
        if (handled.done()) {
            String recipient = handled.recipient().orElseThrow();
            events.record(AuthEvent.Kind.ADMIN_ACTION, currentUser.id(), recipient, Faces.getRequest(),
                    "mail " + handled.id() + " " + what);
            Messages.addFlashGlobalInfo(Texts.get(doneKey, String.valueOf(handled.id()), recipient));
        } else if (handled.recipient().isEmpty()) {
            Messages.addFlashGlobalError(Texts.get("admin.mail.gone", String.valueOf(handled.id())));
        } else {
            Messages.addFlashGlobalError(Texts.get("admin.mail.refused." + handled.refused().orElseThrow().name(),
                    String.valueOf(handled.id()), handled.recipient().get()));
        }
        // Post, redirect, get: a reload does not repeat the action. Not Faces.redirect, which formats the URL.
        Faces.getExternalContext().redirect(Faces.getRequestContextPath() + "/admin/mail/" + filters()
                + AdminUsersBacking.parse(before).map(id -> "&before=" + id).orElse(""));
    }

    private long mailParameter() {
        return AdminUsersBacking.parse(Faces.getRequestParameter(MAIL_PARAMETER)).orElse(-1L);
    }

    private String filters() {
        return "?status=" + AdminUsersBacking.encode(statusFilter() == null ? "" : status) + "&q="
                + AdminUsersBacking.encode(q);
    }

    private OutboxMail.Status statusFilter() {
        return Arrays.stream(OutboxMail.Status.values()).filter(s -> s != OutboxMail.Status.SENT)
                .filter(s -> s.name().equals(status)).findFirst().orElse(null);
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getBefore() {
        return before;
    }

    public void setBefore(String before) {
        this.before = before;
    }
}
