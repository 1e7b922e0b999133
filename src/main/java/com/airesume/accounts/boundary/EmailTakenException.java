package com.airesume.accounts.boundary;

import jakarta.ejb.ApplicationException;

/** Someone already has an account with this email (compared ignoring case). */
@ApplicationException(rollback = true)
public class EmailTakenException extends RuntimeException {

    public EmailTakenException() {
        super("An account with this email already exists");
    }
}
