package com.airesume.accounts.boundary;

import jakarta.ejb.ApplicationException;

/** Someone already has this username (compared ignoring case). */
@ApplicationException(rollback = true)
public class UsernameTakenException extends RuntimeException {

    public UsernameTakenException() {
        super("This username is taken");
    }
}
