package com.airesume.accounts.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** A "remember me" login: the HMAC of the cookie's random token, bound to one user, until it expires. */
@Entity
@Table(name = "remember_me_tokens")
@NamedQuery(name = RememberMeToken.FIND_BY_HASH, query = "SELECT t FROM RememberMeToken t JOIN FETCH t.user"
        + " WHERE t.tokenHash = :hash")
@NamedQuery(name = RememberMeToken.DELETE_BY_HASH, query = "DELETE FROM RememberMeToken t WHERE t.tokenHash = :hash")
@NamedQuery(name = RememberMeToken.DELETE_BY_USER, query = "DELETE FROM RememberMeToken t WHERE t.user.id = :userId")
@NamedQuery(name = RememberMeToken.COUNT_BY_USER,
        query = "SELECT COUNT(t) FROM RememberMeToken t WHERE t.user.id = :userId")
public class RememberMeToken {

    public static final String FIND_BY_HASH = "RememberMeToken.findByHash";
    public static final String DELETE_BY_HASH = "RememberMeToken.deleteByHash";
    public static final String DELETE_BY_USER = "RememberMeToken.deleteByUser";
    public static final String COUNT_BY_USER = "RememberMeToken.countByUser";
    public static final int HASH_LENGTH = 64;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "token_hash", nullable = false, length = HASH_LENGTH)
    private String tokenHash;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "user_id", nullable = false)
    private User user;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected RememberMeToken() {
    }

    public RememberMeToken(String tokenHash, User user, Instant now, Duration lifetime) {
        if (Objects.requireNonNull(tokenHash, "tokenHash").length() != HASH_LENGTH) {
            throw new IllegalArgumentException("token hash must be " + HASH_LENGTH + " hex characters");
        }
        this.tokenHash = tokenHash;
        this.user = Objects.requireNonNull(user, "user");
        this.createdAt = Objects.requireNonNull(now, "now");
        this.expiresAt = now.plus(lifetime);
    }

    public boolean isValidAt(Instant now) {
        return now.isBefore(expiresAt);
    }

    public User getUser() {
        return user;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}
