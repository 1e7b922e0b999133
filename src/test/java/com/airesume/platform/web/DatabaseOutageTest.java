package com.airesume.platform.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.resource.spi.ResourceAllocationException;
import jakarta.servlet.ServletException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DatabaseOutageTest {

    @ParameterizedTest
    @ValueSource(strings = {"08001", "08006", "57P01", "57P03"})
    void connectionStatesAreOutages(String state) {
        assertTrue(DatabaseOutage.isOutage(new ServletException(new SQLException("down", state))));
    }

    @Test
    void poolAllocationFailureDeepInTheChainIsAnOutage() {
        Throwable failure = new ServletException(new RuntimeException(new SQLException("Error in allocating a"
                + " connection", null, new ResourceAllocationException("Connection could not be allocated"))));
        assertTrue(DatabaseOutage.isOutage(failure));
        assertTrue(DatabaseOutage.isOutage(new SQLTransientConnectionException("timeout")));
    }

    @Test
    void otherFailuresAreNot() {
        assertFalse(DatabaseOutage.isOutage(new ServletException(new SQLException("duplicate key", "23505"))));
        assertFalse(DatabaseOutage.isOutage(new NullPointerException()));
        assertFalse(DatabaseOutage.isOutage(new SQLException("no state")));
    }

    @Test
    void aCycleInTheChainEnds() {
        RuntimeException first = new RuntimeException("first");
        RuntimeException second = new RuntimeException("second", first);
        first.initCause(second);
        assertFalse(DatabaseOutage.isOutage(first));
    }
}
