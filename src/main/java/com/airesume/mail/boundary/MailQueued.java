package com.airesume.mail.boundary;

/**
 * A mail was written to the outbox; observed after the transaction commits, so nothing is sent for work
 * that rolled back.
 *
 * @param id the outbox row
 */
record MailQueued(long id) {
}
