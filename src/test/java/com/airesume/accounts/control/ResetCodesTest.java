package com.airesume.accounts.control;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reset codes: six random digits, read leniently as typed, stored only as an HMAC. */
class ResetCodesTest {

    private static final String KEY = "k".repeat(50);

    @Test
    void codesAreSixDigitsAndSpreadOut() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            String code = ResetCodes.newCode();
            assertTrue(code.matches("\\d{6}"), code);
            codes.add(code);
        }
        assertTrue(codes.size() > 1990, codes.size() + " distinct of 2000");
    }

    @ParameterizedTest
    @ValueSource(strings = {"204816", " 204 816 ", "204-816", "20 48 16"})
    void spacesAndDashesFromCopyingAreDropped(String typed) {
        assertEquals(Optional.of("204816"), ResetCodes.read(typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "20481", "2048167", "20a816", "２０４８１６", "204816!"})
    void anythingElseIsNotACode(String typed) {
        assertEquals(Optional.empty(), ResetCodes.read(typed));
    }

    @Test
    void theStoredDigestDependsOnTheKeyAndTheCode() {
        String digest = ResetCodes.digest(KEY, "204816");
        assertAll(() -> assertTrue(digest.matches("[0-9a-f]{64}")),
                () -> assertEquals(digest, ResetCodes.digest(KEY, "204816")),
                () -> assertNotEquals(digest, ResetCodes.digest(KEY, "204817")),
                () -> assertNotEquals(digest, ResetCodes.digest("x".repeat(50), "204816")),
                () -> assertNotEquals(digest, ResetCodes.browserDigest(KEY, "204816"), "separate domains"),
                () -> assertEquals(Optional.empty(), ResetCodes.read(null)));
    }
}
