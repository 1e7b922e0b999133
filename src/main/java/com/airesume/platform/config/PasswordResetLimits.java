package com.airesume.platform.config;

/**
 * How often a password reset may be asked for; over either limit the page looks the same and no mail goes out.
 *
 * @param codesPerEmail codes one address may be sent per 15 minutes ({@code PASSWORD_RESET_CODES_PER_EMAIL})
 * @param requestsPerAddress requests one client address may make per hour
 *        ({@code PASSWORD_RESET_REQUESTS_PER_ADDRESS})
 */
public record PasswordResetLimits(int codesPerEmail, int requestsPerAddress) {

    public PasswordResetLimits {
        if (codesPerEmail < 1 || requestsPerAddress < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }
}
