package com.airesume.resumes.boundary;

import jakarta.ejb.ApplicationException;

/** No such resume for this owner: it does not exist, or it is someone else's (the caller answers 404 for both). */
@ApplicationException(rollback = true)
public class ResumeNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ResumeNotFoundException(long id) {
        super("No resume " + id + " for this owner");
    }
}
