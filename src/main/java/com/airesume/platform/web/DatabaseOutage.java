package com.airesume.platform.web;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells a database that cannot be reached from every other failure, so that the first answers 503 ("we'll be
 * right back", worth retrying) and the rest 500.
 *
 * <p>Reached: SQL state class {@code 08} (connection exception), PostgreSQL's {@code 57P01..03} (shutting
 * down, cannot connect now), the JDBC connection exception types, and the container's pool when it cannot
 * allocate a connection ({@code jakarta.resource.ResourceException}), wherever they sit in the cause chain.
 */
public final class DatabaseOutage {

    private static final int MAX_DEPTH = 32;

    private DatabaseOutage() {
    }

    public static boolean isOutage(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < MAX_DEPTH; depth++) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof jakarta.resource.ResourceException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getNextException() != null
                    && isOutage(sql.getNextException())) {
                return true;
            }
            cause = cause.getCause() == cause ? null : cause.getCause();
        }
        return false;
    }
}
