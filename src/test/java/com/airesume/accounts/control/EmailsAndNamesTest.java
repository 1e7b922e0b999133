package com.airesume.accounts.control;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailsAndNamesTest {

    @ParameterizedTest
    @ValueSource(strings = {"ada@example.com", "Ada.Lovelace+cv@mail.example.co.uk", "o'brien@example.ie"})
    void ordinaryAddressesAreAccepted(String email) {
        assertTrue(Emails.isValid(email));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ada@", "@example.com", "ada@example", "ada example@x.com", "ada@example.com\r\nBcc: x@y.z",
        "Ada <ada@example.com>", "a@b.com, c@d.com", ".ada@example.com", "ada..l@example.com", "<script>@x.com"})
    void anythingThatIsNotOneAddressIsRefused(String email) {
        assertFalse(Emails.isValid(email));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ada", "José Núñez", "李小龍", "O'Brien-Smith", "<script>alert(1)</script>"})
    void namesMayHoldAnyPrintableText(String name) {
        assertTrue(Names.isValid(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "Ada\u0000", "Ada\u202Eevil", "tab\there"})
    void emptyOrControlCharactersAreRefused(String name) {
        assertFalse(Names.isValid(name));
    }

    @Test
    void aRefusedNameIsShownBackWithoutItsInvisibleCharacters() {
        assertAll(() -> assertEquals("evil", Names.printable("\u202Eevil\u202C")),
                () -> assertEquals("Zoë 李", Names.printable("Zoë\u200B 李\u0000")),
                () -> assertEquals(null, Names.printable(null), "nothing typed"));
    }
}
