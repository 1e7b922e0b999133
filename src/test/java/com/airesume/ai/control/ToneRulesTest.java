package com.airesume.ai.control;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.airesume.ai.control.Prompts.Tone;
import org.junit.jupiter.api.Test;

/** Each tone on the same casual summary: the facts and figures stay, the words change. */
class ToneRulesTest {

    private static final String CASUAL = "I think I was able to cut the build from 40 to 12 minutes, and I don't"
            + " mind on-call. Helped with the migration of a bunch of services to Kafka in order to utilize it better.";

    private static String text(Tone tone) {
        return ToneRules.rewrite(CASUAL, tone).text();
    }

    @Test
    void professionalSpellsOutContractionsAndReplacesInformalWords() {
        assertEquals("I think I was able to cut the build from 40 to 12 minutes, and I do not mind on-call."
                + " Helped with the migration of several services to Kafka in order to utilize it better.",
                text(Tone.PROFESSIONAL));
    }

    @Test
    void confidentDropsHedgesAndLeadsWithTheAction() {
        assertEquals("Cut the build from 40 to 12 minutes, and I don't mind on-call."
                + " Migrated a bunch of services to Kafka to utilize it better.", text(Tone.CONFIDENT));
    }

    @Test
    void friendlyUsesPlainWords() {
        assertEquals("I think I was able to cut the build from 40 to 12 minutes, and I don't mind on-call."
                + " Helped with the migration of a bunch of services to Kafka to use it better.", text(Tone.FRIENDLY));
    }

    @Test
    void conciseCutsWhatAddsNothing() {
        String concise = text(Tone.CONCISE);
        assertAll(() -> assertEquals("Cut the build from 40 to 12 minutes, and I don't mind on-call."
                        + " Migrated a bunch of services to Kafka to use it better.", concise),
                () -> assertTrue(concise.length() < CASUAL.length()));
    }

    @Test
    void everyChangeIsRecorded() {
        Rewrite confident = ToneRules.rewrite("Tried to reduce costs. I believe we somewhat improved uptime.",
                Tone.CONFIDENT);
        assertAll(() -> assertEquals("Reduced costs. We improved uptime.", confident.text()),
                () -> assertTrue(confident.changes().contains(new Rewrite.Change("Tried to reduce", "Reduced")),
                        confident.changes().toString()),
                () -> assertTrue(confident.changes().contains(new Rewrite.Change("somewhat", "")),
                        confident.changes().toString()));
    }

    @Test
    void pastTenseOfABaseVerb() {
        assertAll(() -> assertEquals("reduced", ToneRules.past("reduce")),
                () -> assertEquals("delivered", ToneRules.past("deliver")),
                () -> assertEquals("Built", ToneRules.past("Build")),
                () -> assertEquals("applied", ToneRules.past("apply")),
                () -> assertEquals("deployed", ToneRules.past("deploy")));
    }
}
