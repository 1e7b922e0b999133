package com.airesume.ai.control;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class GrammarTest {

    @Test
    void aRepeatedWordArticlesAndALoneIAreFixed() {
        Rewrite fixed = Grammar.fix("i led the the migration of a API to an user-facing service in a hour.");

        assertAll(() -> assertEquals("I led the migration of an API to a user-facing service in an hour.",
                        fixed.text()),
                () -> assertEquals(List.of(new Rewrite.Change("led the the", "led the"),
                        new Rewrite.Change("of a API", "of an API"),
                        new Rewrite.Change("to an user-facing", "to a user-facing"),
                        new Rewrite.Change("in a hour.", "in an hour."), new Rewrite.Change("i", "I")),
                        fixed.changes()));
    }

    @Test
    void theArticleFollowsTheSoundNotTheLetter() {
        assertAll(() -> assertTrue(Grammar.takesAn("MBA")), () -> assertTrue(Grammar.takesAn("SQL")),
                () -> assertTrue(Grammar.takesAn("honest")), () -> assertTrue(Grammar.takesAn("8-person")),
                () -> assertTrue(Grammar.takesAn("11")), () -> assertTrue(Grammar.takesAn("uninstalled")),
                () -> assertFalse(Grammar.takesAn("university")), () -> assertFalse(Grammar.takesAn("one-off")),
                () -> assertFalse(Grammar.takesAn("UX")), () -> assertFalse(Grammar.takesAn("110")),
                () -> assertFalse(Grammar.takesAn("KPI")), () -> assertFalse(Grammar.takesAn("team")));
    }

    @Test
    void sentencesStartWithACapitalAndPunctuationIsSpacedOnce() {
        assertAll(() -> assertEquals("Cut costs, by 30%. Then shipped it; fast.",
                        Grammar.fix("cut costs ,by 30 %.  then shipped it ;fast..").text()),
                () -> assertEquals("Shipped in Java. Built on Kafka, e.g. the ledger... and more!",
                        Grammar.fix("Shipped in Java.Built on Kafka,, e.g. the ledger... and more!!").text()),
                () -> assertEquals("Version 3.5 of node.js and example.com stay.",
                        Grammar.fix("Version 3.5 of node.js and example.com stay.").text()));
    }

    @Test
    void aCorrectLineIsLeftAsItIs() {
        Rewrite fixed = Grammar.fix("Cut p99 latency of the payment API from 900 ms to 120 ms.");
        assertAll(() -> assertEquals("Cut p99 latency of the payment API from 900 ms to 120 ms.", fixed.text()),
                () -> assertEquals(List.of(), fixed.changes()));
    }
}
