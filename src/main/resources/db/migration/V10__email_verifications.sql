-- The code that confirms an account's email address: one per account, kept only as an HMAC, for the address it
-- was sent to (a changed address makes it worthless), dead after a few wrong tries or when it expires.
CREATE TABLE email_verifications (
    user_id         BIGINT                   NOT NULL PRIMARY KEY,
    email           VARCHAR(254)             NOT NULL,
    code_hash       VARCHAR(64)              NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    failed_attempts INTEGER                  NOT NULL,
    version         BIGINT                   NOT NULL,
    CONSTRAINT fk_email_verifications_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
);
CREATE INDEX ix_email_verifications_expires ON email_verifications (expires_at);
