package com.airesume.accounts.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class PasswordHashesTest {

    private static final String SALT32 = Base64.getEncoder().encodeToString(new byte[32]);
    private static final String SALT16 = Base64.getEncoder().encodeToString(new byte[16]);

    @Test
    void todaysParametersAreOwasps() {
        assertEquals("600000", PasswordHashes.parameters().get("Pbkdf2PasswordHash.Iterations"));
        assertEquals("PBKDF2WithHmacSHA256", PasswordHashes.parameters().get("Pbkdf2PasswordHash.Algorithm"));
        assertEquals("32", PasswordHashes.parameters().get("Pbkdf2PasswordHash.SaltSizeBytes"));
    }

    @Test
    void olderParametersAreOutdated() {
        assertFalse(PasswordHashes.isOutdated("PBKDF2WithHmacSHA256:600000:" + SALT32 + ":AAAA"));
        assertTrue(PasswordHashes.isOutdated("PBKDF2WithHmacSHA256:210000:" + SALT32 + ":AAAA"));
        assertTrue(PasswordHashes.isOutdated("PBKDF2WithHmacSHA256:600000:" + SALT16 + ":AAAA"));
        assertTrue(PasswordHashes.isOutdated("PBKDF2WithHmacSHA1:600000:" + SALT32 + ":AAAA"));
        assertTrue(PasswordHashes.isOutdated("not a hash"));
    }
}
