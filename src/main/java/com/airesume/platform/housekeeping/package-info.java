/**
 * One clock for clean-up: a non-persistent EJB timer on every instance fires {@link
 * com.airesume.platform.housekeeping.HousekeepingDue}, and each feature deletes what it owns that has expired.
 * Deleting what has expired is idempotent, so two instances doing it at once is harmless.
 */
package com.airesume.platform.housekeeping;
