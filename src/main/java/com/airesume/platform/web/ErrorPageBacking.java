package com.airesume.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import java.util.Set;

/**
 * Which error the error page explains: the status the container dispatched with, 500 for anything unknown, and
 * for a 503 whether the server is busy or the database is away.
 */
@Named
@RequestScoped
public class ErrorPageBacking {

    /** A request attribute: the 503 is about a moment of overload, not the database. */
    static final String BUSY = ErrorPageBacking.class.getName() + ".busy";
    private static final Set<Integer> EXPLAINED = Set.of(400, 403, 404, 405, 411, 413, 429, 500, 503);

    @Inject
    ExternalContext externalContext;

    public int getStatus() {
        Object code = externalContext.getRequestMap().get(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer number ? number : 500;
        return EXPLAINED.contains(status) ? status : 500;
    }

    /** The resource bundle prefix of this error's texts, e.g. {@code error.404}. */
    public String getKey() {
        int status = getStatus();
        return status == 503 && externalContext.getRequestMap().get(BUSY) != null ? "error.503.busy"
                : "error." + status;
    }
}
