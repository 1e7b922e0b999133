package com.airesume.mail.control;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Base64;
import org.junit.jupiter.api.Test;

/** Mail bodies at rest: readable with the key they were sealed under, and only with it. */
class MailSealTest {

    private static final String KEY = "k".repeat(50);
    private static final String BODY = "Hi Zoë 李小龍, your code is\n\n    204816\n";

    @Test
    void aSealedBodyOpensToTheSameText() {
        MailSeal seal = new MailSeal(KEY);
        String sealed = seal.seal(BODY);
        assertAll(() -> assertEquals(BODY, seal.open(sealed)),
                () -> assertEquals(BODY, new MailSeal(KEY).open(sealed), "a new instance with the same key"),
                () -> assertFalse(sealed.contains("204816")),
                () -> assertNotEquals(sealed, seal.seal(BODY), "each seal has its own IV"));
    }

    @Test
    void anotherKeyATamperedOrAGarbledBodyCannotBeOpened() {
        String sealed = new MailSeal(KEY).seal(BODY);
        byte[] bytes = Base64.getDecoder().decode(sealed);
        bytes[bytes.length - 1] ^= 1;
        String tampered = Base64.getEncoder().encodeToString(bytes);
        MailSeal seal = new MailSeal(KEY);
        assertAll(() -> assertThrows(MailSeal.UnreadableMailException.class,
                        () -> new MailSeal("x".repeat(50)).open(sealed)),
                () -> assertThrows(MailSeal.UnreadableMailException.class, () -> seal.open(tampered)),
                () -> assertThrows(MailSeal.UnreadableMailException.class, () -> seal.open("not base64 at all!")),
                () -> assertThrows(MailSeal.UnreadableMailException.class, () -> seal.open("AAAA")),
                () -> assertThrows(MailSeal.UnreadableMailException.class, () -> seal.open(null)));
    }
}
