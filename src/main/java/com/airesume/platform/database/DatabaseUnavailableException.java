package com.airesume.platform.database;

import jakarta.ejb.ApplicationException;

/**
 * The database could not be reached, or its schema could not be brought up to date. An application exception,
 * so callers of the EJB receive it as it is rather than wrapped in an {@code EJBException}.
 */
@ApplicationException
public class DatabaseUnavailableException extends RuntimeException {

    public DatabaseUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
