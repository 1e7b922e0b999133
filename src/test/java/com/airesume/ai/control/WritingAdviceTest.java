package com.airesume.ai.control;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.airesume.ai.control.WritingAdvice.Advice;
import com.airesume.ai.control.WritingAdvice.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The built-in engine's advice on real resume lines, with the findings and rewrites a person should get. */
class WritingAdviceTest {

    @Test
    void weakOpeningsBecomeTheActionInThePastTense() {
        assertAll(
                () -> assertEquals("Managed a team of 5 engineers building the payments API",
                        WritingAdvice.review("Responsible for managing a team of 5 engineers building the payments"
                                + " API").rewrite()),
                () -> assertEquals("Migrated 40 services to Kubernetes",
                        WritingAdvice.review("Helped with the migration of 40 services to Kubernetes").rewrite()),
                () -> assertEquals("Built the nightly warehouse load for 2 million meters",
                        WritingAdvice.review("Worked on building the nightly warehouse load for 2 million meters")
                                .rewrite()),
                () -> assertEquals("Planned the 2023 on-call rota",
                        WritingAdvice.review("I was responsible for planning the 2023 on-call rota").rewrite()),
                () -> assertEquals("Studied churn across 3 markets",
                        WritingAdvice.review("Involved in studying churn across 3 markets").rewrite()));
    }

    @Test
    void eachWeaknessIsNamed() {
        Advice weak = WritingAdvice.review("Responsible for various improvements to the checkout");
        Advice passive = WritingAdvice.review("The billing service was rewritten by me in 2022");
        Advice strong = WritingAdvice.review("Cut checkout p99 latency from 900 ms to 180 ms");
        Advice rambling = WritingAdvice.review("Led the work that took the old settlement batch which had run every"
                + " night for years and had often failed at the end of the month into a stream of small events that"
                + " settle in minutes");
        assertAll(() -> assertEquals(List.of(Problem.WEAK_OPENING, Problem.FILLER, Problem.NO_NUMBER),
                        weak.problems()),
                () -> assertEquals(List.of(Problem.PASSIVE_VOICE, Problem.FIRST_PERSON), passive.problems()),
                () -> assertEquals(List.of(), strong.problems()),
                () -> assertEquals("Cut checkout p99 latency from 900 ms to 180 ms", strong.rewrite(),
                        "a strong line is left as it is"),
                () -> assertEquals(List.of(Problem.NO_NUMBER, Problem.TOO_LONG), rambling.problems()));
    }

    @Test
    void fillerIsRemovedAndTheLineStillReads() {
        assertEquals("Reduced cloud costs by 30% across 12 large teams",
                WritingAdvice.review("I successfully reduced cloud costs by 30% across 12 very large teams").rewrite());
        assertEquals("Shipped the new onboarding flow to 3 markets",
                WritingAdvice.review("Just shipped the new onboarding flow to 3 markets").rewrite());
    }

    @Test
    void pastTensesFollowEnglishRules() {
        assertAll(() -> assertEquals("migrated", WritingAdvice.pastTense("migrating")),
                () -> assertEquals("shipped", WritingAdvice.pastTense("shipping")),
                () -> assertEquals("deployed", WritingAdvice.pastTense("deploying")),
                () -> assertEquals("studied", WritingAdvice.pastTense("studying")),
                () -> assertEquals("led", WritingAdvice.pastTense("leading")),
                () -> assertEquals("designed", WritingAdvice.pastTense("design")),
                () -> assertEquals(null, WritingAdvice.pastTense("the")));
    }
}
