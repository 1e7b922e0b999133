package com.airesume.accounts.control;

import java.security.SecureRandom;
import java.util.Optional;

/**
 * Password reset codes: six digits from {@link SecureRandom}, what a person types read leniently (spaces and
 * dashes from copying are dropped), and the HMAC the database keeps instead of the code.
 */
public final class ResetCodes {

    public static final int LENGTH = 6;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int BOUND = 1_000_000;

    private ResetCodes() {
    }

    public static String newCode() {
        return String.format("%06d", RANDOM.nextInt(BOUND));
    }

    /** The six digits in what was typed, or empty when it is not a code. */
    public static Optional<String> read(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String digits = typed.replaceAll("[\\s-]", "");
        return digits.length() == LENGTH && digits.chars().allMatch(c -> c >= '0' && c <= '9')
                ? Optional.of(digits) : Optional.empty();
    }

    /** What is stored: an HMAC under {@code SECRET_KEY}, so a copy of the table cannot be tried offline. */
    public static String digest(String secretKey, String code) {
        return TokenDigests.digest(secretKey, "password-reset-code:" + code);
    }

    /** What is stored of the token in the cookie that binds a reset to its browser. */
    public static String browserDigest(String secretKey, String browserToken) {
        return TokenDigests.digest(secretKey, "password-reset-browser:" + browserToken);
    }
}
