package com.airesume.accounts.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;

/**
 * Ends a signed-in session that began before the user's last password change, on its next request, on
 * whichever instance holds it: the change is a timestamp in the database, and each session remembers when it
 * began. One primary-key read per signed-in request, shared with the page through {@link CurrentUser}.
 */
public class SessionRevocationFilter extends HttpFilter {

    static final String SESSION_STARTED = SessionRevocationFilter.class.getName() + ".started";

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        if (session != null && request.getUserPrincipal() != null) {
            Instant started = (Instant) session.getAttribute(SESSION_STARTED);
            if (started == null) {
                session.setAttribute(SESSION_STARTED, clock.instant());
            } else if (currentUser.find().map(user -> user.outlives(started)).orElse(true)) {
                request.logout();
                session.invalidate();
                response.sendRedirect(request.getContextPath() + "/accounts/login/");
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** Marks the current session as begun at {@code instant} (after the caller's own password change). */
    static void restamp(HttpServletRequest request, Instant instant) {
        request.getSession().setAttribute(SESSION_STARTED, instant);
    }
}
