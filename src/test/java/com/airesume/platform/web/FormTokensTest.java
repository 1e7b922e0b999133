package com.airesume.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FormTokensTest {

    private final FormTokens tokens = new FormTokens("a server secret that is long enough for the tests, really");

    @Test
    void aTokenBelongsToOneBrowserKeyUnderOneSecret() {
        String key = FormTokens.newBrowserKey();
        String token = tokens.tokenFor(key);
        assertTrue(tokens.accepts(key, token));
        assertEquals(token, tokens.tokenFor(key), "the same key gives the same token");
        assertFalse(tokens.accepts(FormTokens.newBrowserKey(), token), "another browser's key");
        assertFalse(new FormTokens("another server secret, as long as the first one is, really").accepts(key, token));
    }

    @Test
    void somethingMissingOrMalformedIsRefusedWithoutAnError() {
        String key = FormTokens.newBrowserKey();
        String token = tokens.tokenFor(key);
        assertFalse(tokens.accepts(null, token));
        assertFalse(tokens.accepts(key, null));
        assertFalse(tokens.accepts(key, ""));
        assertFalse(tokens.accepts(key, token + "A"));
        assertFalse(tokens.accepts(key, token.substring(1) + "="));
        assertFalse(tokens.accepts("x".repeat(100_000), token));
        assertFalse(tokens.accepts(key, "\u0000".repeat(43)));
        assertThrows(IllegalArgumentException.class, () -> tokens.tokenFor("not a key"));
    }

    @Test
    void keysAreRandomAndWellFormed() {
        String a = FormTokens.newBrowserKey();
        String b = FormTokens.newBrowserKey();
        assertNotEquals(a, b);
        assertTrue(FormTokens.isWellFormed(a));
        assertFalse(FormTokens.isWellFormed(a + "!"));
        assertFalse(FormTokens.isWellFormed(null));
    }
}
