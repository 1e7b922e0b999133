package com.airesume.platform.database;

/** The database could not be reached, or its schema could not be brought up to date. */
public class DatabaseUnavailableException extends RuntimeException {

    public DatabaseUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
