package com.airesume.accounts.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void lengthIsCountedInCharactersAndBounded() {
        assertEquals(Optional.of(PasswordPolicy.Problem.TOO_SHORT), policy.check("violet-tree"));
        assertEquals(Optional.of(PasswordPolicy.Problem.TOO_LONG), policy.check("x".repeat(129)));
        assertEquals(Optional.of(PasswordPolicy.Problem.TOO_SHORT), policy.check("🦄🦄🦄🦄🦄🦄🦄🦄🦄🦄🦄"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"password1234", "123456789012", "qwertyuiopas", "iloveyou1234", "correct horse battery staple"})
    void commonAndLeakedPasswordsAreRefused(String password) {
        Optional<PasswordPolicy.Problem> problem = policy.check(password);
        assertTrue(problem.equals(Optional.of(PasswordPolicy.Problem.COMMON))
                || problem.equals(Optional.of(PasswordPolicy.Problem.GUESSABLE)), password + " -> " + problem);
    }

    @Test
    void passwordsBuiltFromThePersonsOwnWordsAreRefused() {
        assertEquals(Optional.of(PasswordPolicy.Problem.PERSONAL),
                policy.check("ada.lovelace@example.com", "Ada", "Lovelace", "ada.lovelace@example.com"));
        assertEquals(Optional.of(PasswordPolicy.Problem.PERSONAL),
                policy.check("lovelace1815!!", "Ada", "Lovelace", "ada@example.com"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"violet tractor umbrella 42", "Quokka-Saxophone-Glacier", "mAx9#vLq2!Rt7zP0",
        "Zoë ist müde unter dem Baum"})
    void strongPasswordsWithoutCompositionRulesPass(String password) {
        assertEquals(Optional.empty(), policy.check(password, "Ada", "Lovelace", "ada@example.com"));
    }

    @Test
    void spacesAreKeptAndNothingIsTruncated() {
        String passphrase = "glacier ".repeat(15) + "quokka";
        assertEquals(Optional.of(PasswordPolicy.Problem.TOO_LONG), policy.check(passphrase + " trumpet tiger xx"));
    }
}
