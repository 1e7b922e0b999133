package com.airesume.mail.boundary;

import com.airesume.platform.boot.BootSequence;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Every five seconds, on every instance, sends the mail that is owed: mail that failed and is due again, mail
 * the executor had no room for, and mail left from before a restart. It is not persistent on purpose: the
 * outbox table is what survives a restart, and the claims make two instances running it safe. Nothing is sent
 * before boot has finished (the schema may not exist yet).
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxTimer {

    private static final Logger LOG = Logger.getLogger(OutboxTimer.class.getName());

    @Inject
    BootSequence boot;

    @Inject
    MailDispatcher dispatcher;

    @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false)
    void run() {
        if (!boot.isComplete()) {
            return;
        }
        try {
            dispatcher.dispatchDue();
        } catch (RuntimeException e) {
            LOG.warning(() -> "The outbox could not be read; the next run tries again: " + e);
        }
    }
}
