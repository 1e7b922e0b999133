package com.airesume.accounts.control;

import java.util.Map;

/**
 * The parameters every new password hash gets (OWASP 2023 for PBKDF2-HMAC-SHA256), and whether a stored hash
 * was made with older ones. Jakarta Security's {@code Pbkdf2PasswordHash} writes them into the stored value
 * ({@code algorithm:iterations:salt:hash}), so a hash can always be checked with the parameters it was made with
 * and upgraded at the next successful login.
 */
public final class PasswordHashes {

    public static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    public static final int ITERATIONS = 600_000;
    public static final int SALT_BYTES = 32;
    public static final int KEY_BYTES = 32;

    private PasswordHashes() {
    }

    /** The parameters for {@code Pbkdf2PasswordHash.initialize}. */
    public static Map<String, String> parameters() {
        return Map.of("Pbkdf2PasswordHash.Algorithm", ALGORITHM,
                "Pbkdf2PasswordHash.Iterations", Integer.toString(ITERATIONS),
                "Pbkdf2PasswordHash.SaltSizeBytes", Integer.toString(SALT_BYTES),
                "Pbkdf2PasswordHash.KeySizeBytes", Integer.toString(KEY_BYTES));
    }

    /** Whether {@code stored} was made with other parameters than today's. */
    public static boolean isOutdated(String stored) {
        String[] parts = stored.split(":");
        if (parts.length != 4 || !parts[0].equals(ALGORITHM)) {
            return true;
        }
        try {
            return Integer.parseInt(parts[1]) < ITERATIONS
                    || java.util.Base64.getDecoder().decode(parts[2]).length < SALT_BYTES;
        } catch (IllegalArgumentException e) {
            return true;
        }
    }
}
