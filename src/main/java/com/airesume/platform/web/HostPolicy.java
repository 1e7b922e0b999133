package com.airesume.platform.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which {@code Host} headers are served, as Django's {@code ALLOWED_HOSTS}: exact names, {@code .example.com}
 * for the domain and its subdomains, {@code *} for any. The port is ignored. A request for any other host is
 * refused, so a forged Host header can never end up in a link or a mail the application writes.
 */
public final class HostPolicy {

    private final List<String> allowed;

    public HostPolicy(List<String> allowed) {
        this.allowed = allowed.stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
    }

    public boolean allows(String hostHeader) {
        return hostName(hostHeader).filter(this::allowsName).isPresent();
    }

    boolean allowsName(String name) {
        for (String pattern : allowed) {
            if (pattern.equals("*") || pattern.equals(name)
                    || (pattern.startsWith(".") && (name.endsWith(pattern) || name.equals(pattern.substring(1))))) {
                return true;
            }
        }
        return false;
    }

    /** The host name of a {@code Host} header without its port, lower case; empty when malformed. */
    static Optional<String> hostName(String hostHeader) {
        if (hostHeader == null || hostHeader.isBlank()) {
            return Optional.empty();
        }
        String value = hostHeader.strip().toLowerCase(Locale.ROOT);
        String name;
        if (value.startsWith("[")) {
            int end = value.indexOf(']');
            if (end < 0) {
                return Optional.empty();
            }
            name = value.substring(0, end + 1);
            String rest = value.substring(end + 1);
            if (!rest.isEmpty() && !rest.matches(":\\d{1,5}")) {
                return Optional.empty();
            }
        } else {
            int colon = value.indexOf(':');
            name = colon < 0 ? value : value.substring(0, colon);
            if (colon >= 0 && !value.substring(colon).matches(":\\d{1,5}")) {
                return Optional.empty();
            }
            if (!name.matches("[a-z0-9.-]+")) {
                return Optional.empty();
            }
        }
        return name.isEmpty() ? Optional.empty() : Optional.of(name);
    }
}
