package com.airesume.resumes.boundary;

import jakarta.ejb.ApplicationException;

/** A save based on a version of the resume that another save (another tab, another device) has since replaced. */
@ApplicationException(rollback = true)
public class StaleResumeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StaleResumeException(long id) {
        super("Resume " + id + " changed since this edit began");
    }
}
