package com.airesume.platform.web;

import com.airesume.platform.boot.BootSequence;
import com.airesume.platform.config.Settings;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The first thing every request meets. It answers 503 until boot has finished, 400 to a {@code Host} outside {@code ALLOWED_HOSTS}, 403 to
 * a cross-site state-changing request and 413 to a body over {@code MAX_REQUEST_BYTES}, refused from the
 * declared length before a byte of it is read. A body of undeclared length (chunked) gets 411: browsers always
 * declare it, and the container would otherwise buffer a chunked form whole. Payara's own body limit is off
 * (pre-boot commands), so that these answers, not its default error page, are what a client sees. It hands the rest on with the scheme and client address the
 * trusted proxies report. Redirects need no rewriting: they are relative (payara-web.xml).
 */
public class RequestGuardFilter extends HttpFilter {

    static final String ERROR_PAGE = "/WEB-INF/errors/error.xhtml";
    private static final Logger LOG = Logger.getLogger(RequestGuardFilter.class.getName());

    @Inject
    Settings settings;

    @Inject
    BootSequence boot;

    private HostPolicy hosts;
    private OriginPolicy origins;
    private ProxyHeaders proxies;

    @Override
    public void init() {
        hosts = new HostPolicy(settings.allowedHosts());
        origins = new OriginPolicy(settings.csrfTrustedOrigins(), hosts);
        proxies = new ProxyHeaders(settings.trustedProxyCount());
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!boot.isComplete()) {
            response.setHeader("Retry-After", "5");
            refuse(request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return;
        }
        String host = request.getHeader("Host");
        if (!hosts.allows(host)) {
            LOG.warning(() -> "Refused a request for a host outside ALLOWED_HOSTS: " + printable(host));
            refuse(request, response, HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        String scheme = proxies.scheme(request.getHeader("X-Forwarded-Proto"), request.getScheme());
        if (!origins.allows(request.getMethod(), request.getHeader("Origin"), request.getHeader("Sec-Fetch-Site"),
                scheme, host)) {
            LOG.warning(() -> "Refused a cross-site " + request.getMethod() + " to " + request.getRequestURI()
                    + " from origin " + printable(request.getHeader("Origin")));
            refuse(request, response, HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        if (request.getContentLengthLong() == -1 && request.getHeader("Transfer-Encoding") != null) {
            response.setHeader("Connection", "close");
            refuse(request, response, HttpServletResponse.SC_LENGTH_REQUIRED);
            return;
        }
        if (request.getContentLengthLong() > settings.maxRequestBytes()) {
            response.setHeader("Connection", "close");
            refuse(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        String client = proxies.clientAddress(request.getHeader("X-Forwarded-For"), request.getRemoteAddr());
        // Kept as an attribute too: Jakarta Security hands its mechanism the request as the container received
        // it, not this wrapper, and attributes are shared by both.
        request.setAttribute(ProxyHeaders.CLIENT_ADDRESS, client);
        chain.doFilter(new ForwardedRequest(request, scheme, client), response);
    }

    /**
     * Answers with the error page for {@code status} without touching the request body: the page is rendered
     * as for a GET, since the container's own error dispatch would let Faces parse a refused POST's body.
     */
    static void refuse(HttpServletRequest request, HttpServletResponse response, int status)
            throws IOException, ServletException {
        response.setStatus(status);
        request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, status);
        request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
        request.getRequestDispatcher(ERROR_PAGE).forward(new BodilessRequest(request), response);
    }

    private static String printable(String value) {
        if (value == null) {
            return "(none)";
        }
        String clean = value.replaceAll("[^\\x20-\\x7E]", "?");
        return clean.length() > 100 ? clean.substring(0, 100) + "…" : clean;
    }

    /** A refused request as the error page sees it: a GET with no body and no parameters. */
    static final class BodilessRequest extends HttpServletRequestWrapper {

        BodilessRequest(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }

        @Override
        public int getContentLength() {
            return 0;
        }

        @Override
        public long getContentLengthLong() {
            return 0;
        }
    }

    /** The request as the client made it, before the proxies. */
    static final class ForwardedRequest extends HttpServletRequestWrapper {

        private final String scheme;
        private final String clientAddress;

        ForwardedRequest(HttpServletRequest request, String scheme, String clientAddress) {
            super(request);
            this.scheme = scheme;
            this.clientAddress = clientAddress;
        }

        @Override
        public String getScheme() {
            return scheme;
        }

        @Override
        public boolean isSecure() {
            return "https".equals(scheme) || super.isSecure();
        }

        @Override
        public String getRemoteAddr() {
            return clientAddress;
        }

        @Override
        public StringBuffer getRequestURL() {
            return new StringBuffer(scheme).append("://").append(getHeader("Host")).append(getRequestURI());
        }
    }
}
