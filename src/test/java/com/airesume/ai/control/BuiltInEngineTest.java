package com.airesume.ai.control;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.airesume.ai.control.WritingAdvice.Problem;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The built-in engine's answers as the editor receives them, and how a model's answer is read. */
class BuiltInEngineTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    @Test
    void improvingASummaryReviewsEachSentence() {
        Suggestion improved = (Suggestion) BuiltInEngine.answer(new AiRequest.Improve("Responsible for the"
                + " migration of 40 services to Kubernetes. I was really involved in hiring."), TODAY);

        assertAll(() -> assertEquals("Migrated 40 services to Kubernetes. Hired.", improved.text()),
                () -> assertEquals(List.of(Problem.WEAK_OPENING, Problem.PASSIVE_VOICE, Problem.FILLER,
                        Problem.FIRST_PERSON, Problem.NO_NUMBER), improved.problems()));
    }

    @Test
    void fixingCorrectsSpellingThenGrammar() {
        Suggestion fixed = (Suggestion) BuiltInEngine.answer(new AiRequest.FixGrammar(
                "i reduced checkout latancy by 40 % for a API used by 2 milion shops"), TODAY);

        assertAll(() -> assertEquals("I reduced checkout latency by 40% for an API used by 2 million shops",
                        fixed.text()),
                () -> assertEquals(new Rewrite.Change("latancy", "latency"), fixed.changes().get(0)),
                () -> assertTrue(fixed.changes().contains(new Rewrite.Change("for a API", "for an API")),
                        fixed.changes().toString()));
    }

    @Test
    void aModelsListIsReadAsLines() {
        assertEquals(List.of("Cut costs by [x]%", "Led [number] engineers", "Shipped [feature]"),
                ExternalEngine.lines("1. Cut costs by [x]%\n\n- Led [number] engineers\r\n• Shipped [feature]\n"));
    }
}
