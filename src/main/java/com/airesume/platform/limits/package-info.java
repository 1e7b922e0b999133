/**
 * Rate limits kept in the database, so every instance counts the same hits: fixed windows per bucket and
 * subject (a client address, an email), counted with one MERGE and purged once the window has passed.
 */
package com.airesume.platform.limits;
