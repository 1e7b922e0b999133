package com.airesume.platform.web;

import com.airesume.platform.boot.BootSequence;
import com.airesume.platform.config.Settings;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.net.URI;
import java.util.logging.Logger;

/**
 * The first thing every request meets. It answers 503 until boot has finished, 400 to a {@code Host} outside {@code ALLOWED_HOSTS}, 403 to
 * a cross-site state-changing request and 413 to a body over {@code MAX_REQUEST_BYTES} (refused from the
 * declared length, before a byte of it is read), and hands the rest on with the scheme and client address the
 * trusted proxies report, so that redirects go to {@code https} behind Render's TLS proxy.
 */
public class RequestGuardFilter extends HttpFilter {

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
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return;
        }
        String host = request.getHeader("Host");
        if (!hosts.allows(host)) {
            LOG.warning(() -> "Refused a request for a host outside ALLOWED_HOSTS: " + printable(host));
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        String scheme = proxies.scheme(request.getHeader("X-Forwarded-Proto"), request.getScheme());
        if (!origins.allows(request.getMethod(), request.getHeader("Origin"), request.getHeader("Sec-Fetch-Site"),
                scheme, host)) {
            LOG.warning(() -> "Refused a cross-site " + request.getMethod() + " to " + request.getRequestURI()
                    + " from origin " + printable(request.getHeader("Origin")));
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        if (request.getContentLengthLong() > settings.maxRequestBytes()) {
            response.setHeader("Connection", "close");
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        ForwardedRequest forwarded = new ForwardedRequest(request, scheme,
                proxies.clientAddress(request.getHeader("X-Forwarded-For"), request.getRemoteAddr()));
        chain.doFilter(forwarded, new ForwardedResponse(response, forwarded));
    }

    private static String printable(String value) {
        if (value == null) {
            return "(none)";
        }
        String clean = value.replaceAll("[^\\x20-\\x7E]", "?");
        return clean.length() > 100 ? clean.substring(0, 100) + "…" : clean;
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

    /** Makes redirects absolute against the scheme and host the client used. */
    static final class ForwardedResponse extends HttpServletResponseWrapper {

        private final ForwardedRequest request;

        ForwardedResponse(HttpServletResponse response, ForwardedRequest request) {
            super(response);
            this.request = request;
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            URI target = URI.create(location);
            super.sendRedirect(target.isAbsolute() || location.startsWith("//") ? location
                    : URI.create(request.getRequestURL().toString()).resolve(target).toString());
        }
    }
}
