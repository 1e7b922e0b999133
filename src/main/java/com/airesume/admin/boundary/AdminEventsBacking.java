package com.airesume.admin.boundary;

import com.airesume.accounts.boundary.AuthEvents;
import com.airesume.accounts.entity.AuthEvent;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * {@code /admin/events/?kind=…&subject=…&user=…&before=…}: the audit log, newest first, {@value #PAGE} a page,
 * filtered by kind, by what was typed or whom it names, and by account.
 */
@Named
@RequestScoped
public class AdminEventsBacking {

    static final int PAGE = 100;
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'",
            Locale.ENGLISH).withZone(ZoneOffset.UTC);

    @Inject
    AuthEvents events;

    private String kind;
    private String subject;
    private String user;
    private String before;
    private List<AuthEvent> page;

    public List<AuthEvent> getEvents() {
        if (page == null) {
            page = events.search(kindFilter(), subject, AdminUsersBacking.parse(user).orElse(null),
                    AdminUsersBacking.parse(before).orElse(Long.MAX_VALUE), PAGE + 1);
        }
        return page.size() > PAGE ? page.subList(0, PAGE) : page;
    }

    public boolean isMore() {
        getEvents();
        return page.size() > PAGE;
    }

    public long getNextBefore() {
        List<AuthEvent> shown = getEvents();
        return shown.get(shown.size() - 1).getId();
    }

    /** The address of the next page, with the same filters. */
    public String getNextLink() {
        return "?kind=" + AdminUsersBacking.encode(kind) + "&subject=" + AdminUsersBacking.encode(subject)
                + "&user=" + AdminUsersBacking.encode(user) + "&before=" + getNextBefore();
    }

    public boolean isFirstPage() {
        return AdminUsersBacking.parse(before).isEmpty();
    }

    public List<AuthEvent.Kind> getKinds() {
        return Arrays.asList(AuthEvent.Kind.values());
    }

    public String at(AuthEvent event) {
        return AT.format(event.getOccurredAt());
    }

    private AuthEvent.Kind kindFilter() {
        return Arrays.stream(AuthEvent.Kind.values()).filter(k -> k.name().equals(kind)).findFirst().orElse(null);
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getUser() {
        return user;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public String getBefore() {
        return before;
    }

    public void setBefore(String before) {
        this.before = before;
    }
}
