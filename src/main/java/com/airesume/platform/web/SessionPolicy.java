package com.airesume.platform.web;

import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

/**
 * Keeps anonymous sessions short-lived. Pages without a form create no session at all (their views are
 * transient); a session that a form needed expires after {@link #ANONYMOUS_TIMEOUT_SECONDS} unless a login
 * extends it, so a flood of anonymous requests cannot hold memory for long.
 */
@WebListener
public class SessionPolicy implements HttpSessionListener {

    public static final int ANONYMOUS_TIMEOUT_SECONDS = 10 * 60;
    /** What a login sets instead. */
    public static final int SIGNED_IN_TIMEOUT_SECONDS = 30 * 60;

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        event.getSession().setMaxInactiveInterval(ANONYMOUS_TIMEOUT_SECONDS);
    }
}
