package com.airesume.accounts.control;

import java.util.Optional;

/**
 * Where a login may send the browser back to: a path on this site only (no scheme, no host, no
 * protocol-relative {@code //host}, no backslash tricks, no line breaks), so the login page is never an open
 * redirect.
 */
public final class LocalPaths {

    static final int MAX_LENGTH = 2000;

    private LocalPaths() {
    }

    public static Optional<String> safe(String candidate) {
        if (candidate == null || candidate.isEmpty() || candidate.length() > MAX_LENGTH
                || !candidate.startsWith("/") || candidate.startsWith("//") || candidate.startsWith("/\\")
                || candidate.chars().anyMatch(c -> c < 0x20 || c == 0x7f || c == '\\')) {
            return Optional.empty();
        }
        return Optional.of(candidate);
    }
}
