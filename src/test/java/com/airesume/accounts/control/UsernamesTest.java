package com.airesume.accounts.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UsernamesTest {

    @ParameterizedTest
    @CsvSource({"Ada@Example.com, ada", "ada.lovelace@example.com, ada.lovelace", "José.Núñez@example.es, jose.nunez",
        "李小龍@example.cn, user", "a@b.co, a00", "__x+tag@example.com, xtag",
        "averyveryveryverylonglocalpartthatgoesonandon@example.com, averyveryveryverylonglocal"})
    void stemComesFromTheLocalPart(String email, String stem) {
        assertEquals(stem, Usernames.stem(email));
        assertTrue(Usernames.isValid(Usernames.stem(email)));
    }

    @Test
    void takenNamesGetTheSmallestFreeNumberFromTwo() {
        assertEquals("ada", Usernames.firstFree("ada", Set.of()));
        assertEquals("ada2", Usernames.firstFree("ada", Set.of("ada")));
        assertEquals("ada4", Usernames.firstFree("ada", Set.of("ada", "ada2", "ada3", "ada.l")));
    }

    @Test
    void validUsernamesAreThreeToThirtyOfTheAllowedCharacters() {
        assertTrue(Usernames.isValid("ada_l-1.x"));
        assertFalse(Usernames.isValid("ad"));
        assertFalse(Usernames.isValid("a".repeat(31)));
        assertFalse(Usernames.isValid("Ada"));
        assertFalse(Usernames.isValid("ada lovelace"));
        assertFalse(Usernames.isValid("<script>"));
    }
}
