package com.airesume.ai.control;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.airesume.ai.control.KeywordMatch.Keyword;
import com.airesume.ai.control.KeywordMatch.Result;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Keyword matching on a real posting (src/test/resources/ai/backend-posting.txt, written for these tests) and a
 * resume's sections, and the score on worked examples.
 */
class KeywordMatchTest {

    private static String posting() throws IOException {
        try (InputStream in = KeywordMatchTest.class.getResourceAsStream("/ai/backend-posting.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Map<String, String> resume() {
        Map<String, String> sections = new LinkedHashMap<>();
        sections.put("summary", "Backend engineer with twelve years of building payment systems in Java.");
        sections.put("work", "Moved settlement from a nightly batch to event-driven streaming on Kafka. "
                + "Cut checkout latency on PostgreSQL from 900 ms to 180 ms. Ran services on Kubernetes.");
        sections.put("skills", "Java, Jakarta EE, Spring, JS, Postgres, Docker, Terraform");
        return sections;
    }

    private static List<String> terms(List<Keyword> keywords) {
        return keywords.stream().map(Keyword::term).toList();
    }

    @Test
    void aPostingsKeywordsAreItsSkillsAndTermsNotItsFiller() throws Exception {
        List<String> keywords = KeywordMatch.keywords(posting());

        assertAll(() -> assertTrue(keywords.containsAll(List.of("java", "kafka", "postgresql", "kubernetes",
                        "distributed system", "event driven", "ci/cd", "amazon web service", "incident response",
                        "observability")), keywords.toString()),
                () -> assertEquals(List.of("payment", "java"), keywords.subList(0, 2),
                        "the skills mentioned most weigh most"),
                () -> assertFalse(keywords.contains("experience"), "filler"),
                () -> assertFalse(keywords.contains("k8s"), "folded into kubernetes"),
                () -> assertFalse(keywords.contains("postgres"), "folded into postgresql"),
                () -> assertFalse(keywords.contains("and")),
                () -> assertTrue(keywords.size() <= KeywordMatch.KEPT));
    }

    @Test
    void theResumeIsMatchedBySectionUnderAnySpellingAndThePostingsInstructionsAreJustWords() throws Exception {
        Result result = KeywordMatch.match(posting(), resume());

        Keyword postgres = result.keywords().stream().filter(k -> k.term().equals("postgresql")).findFirst()
                .orElseThrow();
        Keyword kubernetes = result.keywords().stream().filter(k -> k.term().equals("kubernetes")).findFirst()
                .orElseThrow();
        assertAll(() -> assertEquals(List.of("work", "skills"), postgres.sections(), "Postgres and PostgreSQL"),
                () -> assertEquals(List.of("work"), kubernetes.sections(), "K8s in the posting, Kubernetes here"),
                () -> assertTrue(terms(result.matched()).contains("event driven"), "event-driven is event driven"),
                () -> assertTrue(terms(result.missing()).containsAll(List.of("distributed system", "ci/cd",
                        "amazon web service", "observability")), terms(result.missing()).toString()),
                () -> assertTrue(result.score() > 20 && result.score() < 80, "score " + result.score()));
    }

    @Test
    void theScoreIsTheMatchedShareOfTheKeywordsWeight() {
        // java: 2 mentions × 2 (a skill) = 4; kubernetes: 1 × 2 = 2; the resume has java only: 4 / 6.
        Result result = KeywordMatch.match("Java and K8s. Java.", Map.of("skills", "Java"));
        assertEquals(List.of("java", "kubernetes"), terms(result.keywords()));
        assertEquals(List.of(4, 2), result.keywords().stream().map(Keyword::weight).toList());
        assertEquals(67, result.score());

        // A word that is not a known skill weighs its mentions: "settlement" twice (2) beside "kafka" (1 × 2).
        Result plain = KeywordMatch.match("Settlement on Kafka. Settlement.", Map.of("work", "Kafka"));
        assertEquals(50, plain.score());
        assertEquals(0, KeywordMatch.match("and the of", Map.of("work", "Java")).score(), "no keywords, no score");
        assertEquals(100, KeywordMatch.match("Java", Map.of("work", "JAVA")).score());
        assertEquals(100, KeywordMatch.match("Payments. Payments.", Map.of("work", "Built payment systems")).score(),
                "payments is payment");
    }

    @Test
    void regularPluralsFoldToTheSingularAndWordsThatOnlyLookPluralStay() {
        assertAll(() -> assertEquals("payment", Vocabulary.singular("payments")),
                () -> assertEquals("company", Vocabulary.singular("companies")),
                () -> assertEquals("process", Vocabulary.singular("processes")),
                () -> assertEquals("batch", Vocabulary.singular("batches")),
                () -> assertEquals("kubernetes", Vocabulary.singular("kubernetes")),
                () -> assertEquals("analytics", Vocabulary.singular("analytics")),
                () -> assertEquals("business", Vocabulary.singular("business")),
                () -> assertEquals("sales", Vocabulary.singular("sales")),
                () -> assertEquals("status", Vocabulary.singular("status")),
                () -> assertEquals("amazon web service", Vocabulary.canonical("aws")));
    }

    @Test
    void aMentionCountsAtMostThreeTimesSoOneRepeatedWordCannotDominate() {
        Result result = KeywordMatch.match("Kafka Kafka Kafka Kafka Kafka Kafka. Java.", Map.of("skills", "Java"));
        assertEquals(List.of(6, 2), result.keywords().stream().map(Keyword::weight).toList());
        assertEquals(25, result.score());
    }
}
