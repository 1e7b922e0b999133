package com.airesume.ai.control;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.airesume.ai.control.TailorReport.Edit;
import com.airesume.ai.control.TailorReport.Kind;
import com.airesume.resumes.entity.JsonResume;
import com.airesume.resumes.entity.JsonResume.Basics;
import com.airesume.resumes.entity.JsonResume.Skill;
import com.airesume.resumes.entity.JsonResume.Work;
import com.airesume.resumes.entity.ResumeDate;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tailoring a resume to the checked-in backend posting (src/test/resources/ai/backend-posting.txt). */
class TailorAdviceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    static String posting() throws IOException {
        try (InputStream in = TailorAdviceTest.class.getResourceAsStream("/ai/backend-posting.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static JsonResume resume(String summary) {
        Basics basics = new Basics("Zoë Łukasiewicz", "Backend Engineer", null, null, null, null, summary, null,
                null);
        Work work = new Work("Allegro", "Warszawa", null, "Senior Backend Engineer", null,
                ResumeDate.parse("2019-03").orElseThrow(), null, null,
                List.of("Responsible for the migration of settlement from a nightly batch to Kafka",
                        "Cut checkout latency on PostgreSQL from 900 ms to 180 ms"));
        Skill skills = new Skill("Backend", null, List.of("Java", "Kafka", "Docker", "Kubernetes"));
        return new JsonResume(basics, List.of(work), null, null, null, null, null, List.of(skills), null, null, null,
                null, null);
    }

    private static Edit edit(TailorReport report, Kind kind) {
        return report.edits().stream().filter(e -> e.kind() == kind).findFirst().orElseThrow(
                () -> new AssertionError("No " + kind + " in " + report.edits()));
    }

    @Test
    void theEditsNameWhatIsMissingAndRewriteWhatIsWeak() throws Exception {
        TailorReport report = TailorAdvice.tailor(resume("Backend engineer who builds payment systems in Java."),
                posting(), TODAY);

        Edit skills = edit(report, Kind.ADD_SKILLS);
        Edit summary = edit(report, Kind.SUMMARY);
        Edit line = edit(report, Kind.LINE);
        assertAll(() -> assertEquals(report.match().score(),
                        KeywordMatch.match(posting(), ResumeText.sections(resume(
                                "Backend engineer who builds payment systems in Java."))).score()),
                () -> assertTrue(skills.terms().containsAll(List.of("distributed systems", "Spring Boot")),
                        skills.terms().toString()),
                () -> assertTrue(skills.terms().stream().noneMatch(t -> t.equalsIgnoreCase("java")
                        || t.equalsIgnoreCase("kafka")), skills.terms().toString()),
                () -> assertEquals(String.join(", ", skills.terms()), skills.after()),
                () -> assertEquals("Backend engineer who builds payment systems in Java.", summary.before()),
                () -> assertTrue(summary.after().startsWith(
                        "Backend engineer who builds payment systems in Java. Experienced in "), summary.after()),
                () -> assertTrue(summary.after().contains("Kafka"), summary.after()),
                () -> assertEquals("Responsible for the migration of settlement from a nightly batch to Kafka",
                        line.before()),
                () -> assertEquals("Migrated settlement from a nightly batch to Kafka", line.after()),
                () -> assertTrue(report.edits().stream().noneMatch(e -> e.after().contains("100")
                        || e.terms().contains("instructions")), report.edits().toString()));
    }

    @Test
    void aSkillListedOnlyUnderSkillsIsWorthShowingInAJob() throws Exception {
        TailorReport report = TailorAdvice.tailor(resume("Backend engineer."), posting(), TODAY);

        Edit show = edit(report, Kind.SHOW_IN_WORK);
        assertAll(() -> assertTrue(show.terms().contains("Docker"), show.terms().toString()),
                () -> assertTrue(show.terms().stream().noneMatch(t -> t.equals("Kafka")), show.terms().toString()));
    }

    @Test
    void aResumeWithoutASummaryIsOfferedOneWrittenFromItsFacts() throws Exception {
        TailorReport report = TailorAdvice.tailor(resume(null), posting(), TODAY);

        Edit summary = edit(report, Kind.SUMMARY);
        assertAll(() -> assertEquals("", summary.before()),
                () -> assertEquals(SummaryWriter.write(resume(null), TODAY), summary.after()),
                () -> assertTrue(summary.applicable()));
    }

    @Test
    void keywordsAreShownInTheResumesSpellingElseThePostings() {
        assertAll(() -> assertEquals("PostgreSQL", TailorAdvice.display("postgresql", "Tuned PostgreSQL", "")),
                () -> assertEquals("Go", TailorAdvice.display("go", "", "Nice to have: Go.")),
                () -> assertEquals("ci/cd", TailorAdvice.display("ci/cd", "", "")),
                () -> assertEquals("A, B and C", TailorAdvice.list(List.of("A", "B", "C"))));
    }
}
