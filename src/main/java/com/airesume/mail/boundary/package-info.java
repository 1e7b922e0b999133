/** Queueing, sending and retrying mail; what other features call is {@link com.airesume.mail.boundary.Outbox}. */
package com.airesume.mail.boundary;
