-- Accounts: roles, remember-me tokens (stored only as an HMAC of the token), and the brute-force counters,
-- kept in the database so that every instance sees the same ones.
ALTER TABLE users ADD COLUMN admin BOOLEAN DEFAULT FALSE NOT NULL;

-- Ids come from sequences, which JPA reads the same way on PostgreSQL and H2 (EclipseLink's identity
-- read-back uses a function H2 2 no longer has).
CREATE SEQUENCE user_ids START WITH 1000;
CREATE SEQUENCE remember_me_token_ids START WITH 1000;

CREATE TABLE remember_me_tokens (
    id         BIGINT                   NOT NULL PRIMARY KEY,
    token_hash VARCHAR(64)              NOT NULL,
    user_id    BIGINT                   NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_remember_me_tokens_hash UNIQUE (token_hash),
    CONSTRAINT fk_remember_me_tokens_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
);
CREATE INDEX ix_remember_me_tokens_user ON remember_me_tokens (user_id);

-- One row per account (or per unknown name tried), failures counted since the last success.
CREATE TABLE login_throttles (
    account_key     VARCHAR(300)             NOT NULL PRIMARY KEY,
    failures        INTEGER                  NOT NULL,
    last_failure_at TIMESTAMP WITH TIME ZONE NOT NULL,
    blocked_until   TIMESTAMP WITH TIME ZONE
);

-- Login attempts per client address in fixed one-minute windows.
CREATE TABLE login_attempts_by_address (
    address      VARCHAR(45)              NOT NULL,
    window_start TIMESTAMP WITH TIME ZONE NOT NULL,
    attempts     INTEGER                  NOT NULL,
    CONSTRAINT pk_login_attempts_by_address PRIMARY KEY (address, window_start)
);
