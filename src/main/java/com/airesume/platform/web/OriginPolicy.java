package com.airesume.platform.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Refuses state-changing requests that another site made a browser send (login CSRF, cross-site form posts).
 *
 * <p>Browsers say where a request comes from: {@code Sec-Fetch-Site} in current ones, {@code Origin} on every
 * POST since long before. A request is refused when {@code Sec-Fetch-Site} is {@code cross-site}, or when its
 * {@code Origin} is neither one of {@code CSRF_TRUSTED_ORIGINS} nor the scheme and host it was sent to. A
 * request with neither header comes from a non-browser client, which no other site can command, and the Faces
 * view state still has to match. Safe methods are never refused.
 */
public final class OriginPolicy {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final List<String> trustedOrigins;
    private final HostPolicy hosts;

    public OriginPolicy(List<String> trustedOrigins, HostPolicy hosts) {
        this.trustedOrigins = List.copyOf(trustedOrigins);
        this.hosts = hosts;
    }

    /**
     * @param method the HTTP method
     * @param origin the {@code Origin} header, or null
     * @param fetchSite the {@code Sec-Fetch-Site} header, or null
     * @param scheme the scheme the client used ({@code https} behind a trusted proxy)
     * @param hostHeader the {@code Host} header the request was sent to
     */
    public boolean allows(String method, String origin, String fetchSite, String scheme, String hostHeader) {
        if (SAFE_METHODS.contains(method.toUpperCase(Locale.ROOT))) {
            return true;
        }
        if (fetchSite != null && fetchSite.strip().equalsIgnoreCase("cross-site")) {
            return false;
        }
        if (origin == null) {
            return true;
        }
        String normalized = normalize(origin);
        if (normalized == null) {
            return false;
        }
        if (trustedOrigins.contains(normalized)) {
            return true;
        }
        String self = normalize(scheme + "://" + hostHeader);
        return normalized.equals(self) && hosts.allows(hostHeader);
    }

    /** {@code scheme://host[:port]} in lower case with default ports dropped; null when not an origin. */
    static String normalize(String origin) {
        try {
            URI uri = new URI(origin.strip());
            String scheme = uri.getScheme();
            String host = uri.getHost();
            if (scheme == null || host == null) {
                return null;
            }
            scheme = scheme.toLowerCase(Locale.ROOT);
            int port = uri.getPort();
            boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80)
                    || (scheme.equals("https") && port == 443);
            return scheme + "://" + host.toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
