package com.airesume.mail.boundary;

import com.airesume.mail.entity.OutboxMail;

/**
 * An outbox row claimed for sending, its body unsealed.
 *
 * @param id the outbox row
 * @param kind a code mail or a notice
 * @param to the recipient
 * @param subject the subject line
 * @param text the plain-text part
 * @param html the HTML part
 */
record OpenedMail(long id, OutboxMail.Kind kind, String to, String subject, String text, String html) {

    /** How the log names it: the seed's operators search for "OTP email". */
    String describe() {
        return describe(kind, subject);
    }

    static String describe(OutboxMail.Kind kind, String subject) {
        return kind.isCode() ? "OTP email" : "email \"" + subject + "\"";
    }
}
