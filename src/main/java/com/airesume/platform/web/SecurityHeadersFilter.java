package com.airesume.platform.web;

import com.airesume.platform.config.Settings;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Security headers on every response the application writes, error pages included. The content security
 * policy allows only this origin's own scripts, styles, images and fonts, and no inline script or style:
 * every asset is served from {@code /resources}.
 */
public class SecurityHeadersFilter extends HttpFilter {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; object-src 'none'; base-uri 'none';"
            + " frame-ancestors 'none'; form-action 'self'";
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(),"
            + " interest-cohort=()";
    static final String HSTS = "max-age=31536000; includeSubDomains";

    @Inject
    Settings settings;

    private ProxyHeaders proxies;

    @Override
    public void init() {
        proxies = new ProxyHeaders(settings.trustedProxyCount());
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        if ("https".equals(proxies.scheme(request.getHeader("X-Forwarded-Proto"), request.getScheme()))) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
        chain.doFilter(request, new SameSiteCookies(response));
    }

    /**
     * Gives every cookie the application sets (remember-me, flash) {@code SameSite=Lax} unless it says
     * otherwise; the session cookie gets it from payara-web.xml.
     */
    static final class SameSiteCookies extends HttpServletResponseWrapper {

        SameSiteCookies(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addCookie(Cookie cookie) {
            if (cookie.getAttribute("SameSite") == null) {
                cookie.setAttribute("SameSite", "Lax");
            }
            super.addCookie(cookie);
        }
    }
}
