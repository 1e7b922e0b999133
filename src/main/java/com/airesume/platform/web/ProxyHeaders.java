package com.airesume.platform.web;

import jakarta.servlet.ServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the client really used, read from {@code X-Forwarded-Proto} and {@code X-Forwarded-For} only when
 * {@code TRUSTED_PROXY_COUNT} proxies stand in front: each proxy appends to these lists, so the entry that
 * many places from the right is the one the outermost trusted proxy saw; anything further left is whatever
 * the client chose to send, and is ignored.
 */
public final class ProxyHeaders {

    /** The request attribute that holds the client's address as worked out here. */
    public static final String CLIENT_ADDRESS = "com.airesume.clientAddress";

    /** The client's address of a request that passed the request guard, else the connection's peer. */
    public static String clientAddress(ServletRequest request) {
        return request.getAttribute(CLIENT_ADDRESS) instanceof String address ? address : request.getRemoteAddr();
    }

    private final int trustedProxies;

    public ProxyHeaders(int trustedProxies) {
        this.trustedProxies = trustedProxies;
    }

    /** The scheme the client used: the forwarded one when trusted and valid, else the connection's. */
    public String scheme(String forwardedProto, String connectionScheme) {
        return trusted(forwardedProto).map(s -> s.toLowerCase(Locale.ROOT))
                .filter(s -> s.equals("http") || s.equals("https")).orElse(connectionScheme);
    }

    /** The client's address: the forwarded one when trusted, else the connection's peer. */
    public String clientAddress(String forwardedFor, String remoteAddress) {
        return trusted(forwardedFor).filter(a -> a.matches("[0-9a-fA-F:.\\[\\]]{2,45}")).orElse(remoteAddress);
    }

    private Optional<String> trusted(String header) {
        if (trustedProxies == 0 || header == null || header.isBlank()) {
            return Optional.empty();
        }
        List<String> hops = Arrays.stream(header.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (hops.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(hops.get(Math.max(0, hops.size() - trustedProxies)));
    }
}
