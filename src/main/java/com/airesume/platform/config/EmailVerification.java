package com.airesume.platform.config;

import java.util.Locale;
import java.util.Optional;

/** {@code EMAIL_VERIFICATION}: whether people confirm their address with a mailed code, and whether they must. */
public enum EmailVerification {

    /** No codes are sent and nothing is asked. */
    NONE,
    /** A code is mailed at signup; the dashboard reminds until it is entered. */
    OPTIONAL,
    /** As optional, and every page but the code page, logout and the public pages waits until it is entered. */
    MANDATORY;

    static Optional<EmailVerification> parse(String value) {
        try {
            return Optional.of(valueOf(value.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public boolean sendsCodes() {
        return this != NONE;
    }
}
