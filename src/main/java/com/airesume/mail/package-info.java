/**
 * Mail that can neither block a request nor be lost. A feature queues a {@link com.airesume.mail.boundary.Mail}
 * in its own transaction; the row is the promise. After commit a managed executor sends it, and a timer on every
 * instance sends whatever is still owed (after a failure, a restart or a full executor), with backoff, until the
 * mail's deadline. Rows are claimed in the database, so two instances never send one mail at once.
 */
package com.airesume.mail;
