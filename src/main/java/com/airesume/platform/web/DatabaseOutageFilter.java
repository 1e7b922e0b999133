package com.airesume.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;

/**
 * Turns a request that failed because the database cannot be reached into the calm 503 page with a
 * {@code Retry-After}, instead of a 500; any other failure goes on to the container's 500 page.
 */
public class DatabaseOutageFilter extends HttpFilter {

    static final String RETRY_AFTER_SECONDS = "30";
    private static final Logger LOG = Logger.getLogger(DatabaseOutageFilter.class.getName());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (!DatabaseOutage.isOutage(e) || response.isCommitted()) {
                throw e;
            }
            LOG.warning(() -> "Database unreachable while serving " + request.getMethod() + " "
                    + request.getRequestURI() + ": answering 503");
            response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        }
    }
}
