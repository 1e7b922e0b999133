package com.airesume.platform.housekeeping;

import java.time.Instant;
import java.util.Objects;

/**
 * Time to delete what has expired: observers delete their own feature's rows older than their retention.
 *
 * @param now the instant the run began, the same for every observer
 */
public record HousekeepingDue(Instant now) {

    public HousekeepingDue {
        Objects.requireNonNull(now, "now");
    }
}
