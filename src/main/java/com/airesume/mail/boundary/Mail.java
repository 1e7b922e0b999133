package com.airesume.mail.boundary;

import com.airesume.mail.control.MailLayout;
import com.airesume.mail.entity.OutboxMail;
import java.util.Objects;

/**
 * A mail to queue. The recipient must be an address the application already trusts (an account's stored,
 * validated email), never text straight from a form; it is parsed strictly again before it reaches a header.
 *
 * @param kind a code mail or a notice
 * @param to the recipient
 * @param subject the subject line, from a resource bundle
 * @param body what it says
 */
public record Mail(OutboxMail.Kind kind, String to, String subject, MailLayout body) {

    public Mail {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
        if (subject.chars().anyMatch(c -> c == '\r' || c == '\n')) {
            throw new IllegalArgumentException("A subject is one line");
        }
    }
}
