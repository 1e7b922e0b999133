package com.airesume.accounts.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One line of the audit log: an authentication or administration event, with the client it came from. Texts are
 * cut to their column, and control characters are dropped, so whatever a client sends fits and reads as one
 * line.
 */
@Entity
@Table(name = "auth_events")
@NamedQuery(name = AuthEvent.FIND_RECENT, query = "SELECT e FROM AuthEvent e ORDER BY e.occurredAt DESC, e.id DESC")
public class AuthEvent {

    public static final String FIND_RECENT = "AuthEvent.findRecent";
    public static final int SUBJECT_MAX = 300;
    public static final int ADDRESS_MAX = 64;
    public static final int USER_AGENT_MAX = 300;
    public static final int DETAIL_MAX = 300;

    /** What happened. */
    public enum Kind {
        SIGNUP, LOGIN_OK, LOGIN_FAILED, LOCKOUT, RESET_REQUESTED, CODE_VERIFIED, CODE_FAILED, PASSWORD_CHANGED,
        EMAIL_VERIFIED, ADMIN_ACTION
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Kind kind;

    @Column(name = "user_id")
    private Long userId;

    @Column(length = SUBJECT_MAX)
    private String subject;

    @Column(length = ADDRESS_MAX)
    private String address;

    @Column(name = "user_agent", length = USER_AGENT_MAX)
    private String userAgent;

    @Column(length = DETAIL_MAX)
    private String detail;

    protected AuthEvent() {
    }

    /**
     * @param userId the account it concerns, if known
     * @param subject what names it otherwise: the login typed, an email, an account key
     */
    public AuthEvent(Instant occurredAt, Kind kind, Long userId, String subject, String address, String userAgent,
            String detail) {
        this.occurredAt = Objects.requireNonNull(occurredAt);
        this.kind = Objects.requireNonNull(kind);
        this.userId = userId;
        this.subject = fit(subject, SUBJECT_MAX);
        this.address = fit(address, ADDRESS_MAX);
        this.userAgent = fit(userAgent, USER_AGENT_MAX);
        this.detail = fit(detail, DETAIL_MAX);
    }

    static String fit(String text, int max) {
        if (text == null) {
            return null;
        }
        String line = text.codePoints().filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
        return line.length() <= max ? line : line.substring(0, max);
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public Kind getKind() {
        return kind;
    }

    public Long getUserId() {
        return userId;
    }

    public String getSubject() {
        return subject;
    }

    public String getAddress() {
        return address;
    }

    public String getUserAgent() {
        return userAgent;
    }

    public String getDetail() {
        return detail;
    }
}
