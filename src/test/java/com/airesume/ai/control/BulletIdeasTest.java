package com.airesume.ai.control;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class BulletIdeasTest {

    private static final List<String> SKILLS = List.of("Java", "Kafka", "PostgreSQL");

    @Test
    void theTitleChoosesTheFamily() {
        assertAll(() -> assertEquals("engineering", BulletIdeas.family("Senior Backend Engineer")),
                () -> assertEquals("product", BulletIdeas.family("Product Manager, Payments")),
                () -> assertEquals("management", BulletIdeas.family("Head of Operations")),
                () -> assertEquals("data", BulletIdeas.family("Data Analyst")),
                () -> assertEquals("teaching", BulletIdeas.family("Maths teacher")),
                () -> assertEquals("general", BulletIdeas.family("Barista")));
    }

    @Test
    void ideasNameTheResumesSkillsAndAskForTheFigures() {
        List<String> ideas = BulletIdeas.suggest("Senior Backend Engineer", SKILLS, List.of());

        assertAll(() -> assertEquals(BulletIdeas.MAX_IDEAS, ideas.size()),
                () -> assertEquals("Built Java services that handle [number] requests a day at [time] p99 latency",
                        ideas.get(0)),
                () -> assertEquals("Automated [a manual process] with Kafka, saving the team [hours] a week",
                        ideas.get(2)),
                () -> assertTrue(ideas.stream().allMatch(i -> i.contains("[") && !i.contains("{skill}")),
                        ideas.toString()),
                () -> assertEquals(ideas, BulletIdeas.suggest("Senior Backend Engineer", SKILLS, List.of()),
                        "the same every time"));
    }

    @Test
    void anIdeaOpeningLikeAnExistingHighlightIsLeftOut() {
        List<String> ideas = BulletIdeas.suggest("Backend Engineer", SKILLS,
                List.of("Built the settlement service", "Mentored two juniors"));
        assertAll(() -> assertTrue(ideas.stream().noneMatch(i -> i.startsWith("Built ") || i.startsWith("Mentored ")),
                        ideas.toString()),
                () -> assertEquals(3, ideas.size()));
    }

    @Test
    void aJobWithoutAFamilyOrSkillsGetsGeneralIdeas() {
        List<String> ideas = BulletIdeas.suggest("Barista", List.of(), List.of());
        assertAll(() -> assertEquals(4, ideas.size()),
                () -> assertEquals("Improved [process] with [tool], saving [time or money] a [period]", ideas.get(1)));
    }
}
