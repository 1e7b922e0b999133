package com.airesume.ai.control;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.airesume.resumes.entity.JsonResume;
import com.airesume.resumes.entity.JsonResume.Basics;
import com.airesume.resumes.entity.JsonResume.Skill;
import com.airesume.resumes.entity.JsonResume.Work;
import com.airesume.resumes.entity.ResumeDate;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SummaryWriterTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    private static ResumeDate date(String text) {
        return ResumeDate.parse(text).orElseThrow();
    }

    private static JsonResume resume(String label, List<Work> work, List<Skill> skills) {
        return new JsonResume(new Basics("Zoë", label, null, null, null, null, null, null, null), work, null, null,
                null, null, null, skills, null, null, null, null, null);
    }

    private static final Work ALLEGRO = new Work("Allegro", null, null, "Senior Backend Engineer", null,
            date("2019-03"), null, null, List.of("Led the payments team through two migrations",
                    "Cut checkout latency on PostgreSQL from 900 ms to 180 ms.",
                    "Moved settlement from a nightly batch to Kafka; merchants are paid the same day and"
                            + " reconciliation errors fell by 80% across 40,000 shops in twelve countries of the EU"));
    private static final Work SABRE = new Work("Sabre", null, null, "Software Engineer", null, date("2016-09"),
            date("2019-02"), null, List.of());
    private static final Skill BACKEND = new Skill("Backend", null, List.of("Java", "Kafka", "PostgreSQL", "Docker",
            "Kubernetes"));

    @Test
    void aSummaryFromTheResumesOwnFacts() {
        assertEquals("Backend engineer with 10 years of experience in Java, Kafka, PostgreSQL and Docker."
                + " Currently Senior Backend Engineer at Allegro."
                + " Cut checkout latency on PostgreSQL from 900 ms to 180 ms.",
                SummaryWriter.write(resume("Backend engineer", List.of(ALLEGRO, SABRE), List.of(BACKEND)), TODAY));
    }

    @Test
    void theLatestPositionStandsInForAMissingHeadlineAndIsNotSaidTwice() {
        assertEquals("Senior Backend Engineer with 7 years of experience in Java, Kafka, PostgreSQL and Docker."
                + " Currently at Allegro. Cut checkout latency on PostgreSQL from 900 ms to 180 ms.",
                SummaryWriter.write(resume(null, List.of(ALLEGRO), List.of(BACKEND)), TODAY));
    }

    @Test
    void aPastJobAndMissingPartsAreSaidAsTheyAre() {
        assertAll(() -> assertEquals("Software Engineer with 2 years of experience. Most recently at Sabre (until 2019).",
                        SummaryWriter.write(resume(null, List.of(SABRE), List.of()), TODAY)),
                () -> assertEquals("Designer skilled in Figma.", SummaryWriter.write(resume("Designer", List.of(),
                        List.of(new Skill("Figma", null, List.of()))), TODAY)),
                () -> assertEquals("", SummaryWriter.write(JsonResume.EMPTY, TODAY)));
    }
}
