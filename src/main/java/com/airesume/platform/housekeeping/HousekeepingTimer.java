package com.airesume.platform.housekeeping;

import com.airesume.platform.boot.BootSequence;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every ten minutes, on every instance, asks each feature to delete what has expired. The timer is not
 * persistent: what it does is safe to repeat or to skip once, and a persistent one would be one more thing the
 * cluster has to agree on. Each observer commits its own transaction.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class HousekeepingTimer {

    private static final Logger LOG = Logger.getLogger(HousekeepingTimer.class.getName());

    @Inject
    BootSequence boot;

    @Inject
    Event<HousekeepingDue> due;

    @Inject
    Clock clock;

    @Schedule(minute = "*/10", hour = "*", persistent = false)
    void run() {
        if (!boot.isComplete()) {
            return;
        }
        try {
            due.fire(new HousekeepingDue(clock.instant()));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Housekeeping did not finish; the next run tries again", e);
        }
    }
}
