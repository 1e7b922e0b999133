package com.airesume.platform.config;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The SMTP relay. Without a host, mail goes to the log (the console backend of DEBUG and of a fresh machine).
 *
 * @param host the relay, empty for the console backend
 * @param port the relay's port
 * @param security none, STARTTLS or implicit TLS
 * @param user the AUTH user; AUTH is used only when set
 * @param password the AUTH password
 * @param from the sender of every mail
 * @param timeout connect, read and write timeout; Jakarta Mail's own defaults are infinite
 * @param retryFor how long a mail that is not a code is retried before it is marked failed
 * @param retention how long sent and failed mails stay in the outbox for the operators
 */
public record MailSettings(Optional<String> host, int port, Security security, Optional<String> user,
        Optional<Secret> password, String from, Duration timeout, Duration retryFor, Duration retention) {

    /** How the connection to the relay is protected. */
    public enum Security { NONE, STARTTLS, SSL }

    public MailSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(security, "security");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(retryFor, "retryFor");
        Objects.requireNonNull(retention, "retention");
    }

    public boolean smtp() {
        return host.isPresent();
    }
}
