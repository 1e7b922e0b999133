package com.airesume.ai.control;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How well a resume covers a job posting's keywords, as an applicant tracking system would see it.
 *
 * <p><b>Keywords.</b> The posting is lower-cased and split into words, keeping the characters skills are spelled
 * with ({@code c++}, {@code c#}, {@code node.js}, {@code ci/cd}). Known multi-word terms ("distributed systems",
 * "machine learning") are taken whole; other pairs of adjacent words that are not skills themselves count as a
 * term when the posting uses them at least twice. Stop words and job-ad filler ("experience", "team", "strong")
 * are dropped, and synonyms are folded to one name ({@code js} and {@code javascript}, {@code k8s} and
 * {@code kubernetes}).</p>
 *
 * <p><b>Score.</b> Each keyword weighs its number of mentions in the posting (at most 3, so one repeated word
 * cannot dominate), doubled for a known skill. Only the {@value #KEPT} heaviest keywords count. The score is
 * {@code round(100 × weight of the keywords the resume mentions / weight of all counted keywords)}, 0 for a
 * posting without keywords. A keyword counts as mentioned when its words appear in the resume in that order, in
 * any section, under any of its synonyms.</p>
 */
public final class KeywordMatch {

    /** The most keywords a posting is scored on. */
    public static final int KEPT = 25;
    private static final int MAX_MENTIONS = 3;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}+#]*(?:[./][\\p{L}\\p{N}+#]+)*");

    private KeywordMatch() {
    }

    /**
     * A keyword of a posting and where the resume has it.
     *
     * @param term the keyword, in its canonical spelling
     * @param weight its weight in the score
     * @param skill whether it is a known skill
     * @param sections the resume's sections that mention it, in the resume's order; empty when missing
     */
    public record Keyword(String term, int weight, boolean skill, List<String> sections)
            implements Serializable {

        public boolean matched() {
            return !sections.isEmpty();
        }
    }

    /**
     * The result.
     *
     * @param score 0 to 100
     * @param keywords the counted keywords, heaviest first
     */
    public record Result(int score, List<Keyword> keywords) implements Serializable {

        public List<Keyword> matched() {
            return keywords.stream().filter(Keyword::matched).toList();
        }

        public List<Keyword> missing() {
            return keywords.stream().filter(k -> !k.matched()).toList();
        }
    }

    /**
     * @param posting the job posting as pasted
     * @param resumeSections the resume's text by section name, in the resume's order
     */
    public static Result match(String posting, Map<String, String> resumeSections) {
        List<String> keywords = keywords(posting);
        Map<String, List<String>> resumeWords = new LinkedHashMap<>();
        resumeSections.forEach((section, text) -> resumeWords.put(section, canonicalWords(text)));
        List<Keyword> scored = new ArrayList<>();
        int total = 0;
        int found = 0;
        Map<String, Integer> mentions = mentions(posting, keywords);
        for (String term : keywords) {
            boolean skill = Vocabulary.isSkill(term);
            int weight = Math.min(MAX_MENTIONS, mentions.getOrDefault(term, 1)) * (skill ? 2 : 1);
            List<String> parts = List.of(term.split(" "));
            List<String> sections = resumeWords.entrySet().stream()
                    .filter(e -> Collections.indexOfSubList(e.getValue(), parts) >= 0).map(Map.Entry::getKey)
                    .toList();
            scored.add(new Keyword(term, weight, skill, sections));
            total += weight;
            found += sections.isEmpty() ? 0 : weight;
        }
        scored.sort(Comparator.comparingInt(Keyword::weight).reversed());
        return new Result(total == 0 ? 0 : Math.round(100f * found / total), List.copyOf(scored));
    }

    /** The posting's keywords, heaviest first, at most {@value #KEPT}. */
    static List<String> keywords(String posting) {
        List<String> words = canonicalWords(posting);
        Map<String, Integer> counts = new LinkedHashMap<>();
        Set<Integer> inTerms = new LinkedHashSet<>();
        for (int i = 0; i + 1 < words.size(); i++) {
            for (int length = Vocabulary.LONGEST_TERM; length >= 2; length--) {
                if (i + length <= words.size()) {
                    String term = String.join(" ", words.subList(i, i + length));
                    if (Vocabulary.isSkill(term)) {
                        counts.merge(term, 1, Integer::sum);
                        for (int j = i; j < i + length; j++) {
                            inTerms.add(j);
                        }
                        break;
                    }
                }
            }
        }
        Map<String, Integer> pairs = new LinkedHashMap<>();
        for (int i = 0; i + 1 < words.size(); i++) {
            String first = words.get(i);
            String second = words.get(i + 1);
            if (!inTerms.contains(i) && !inTerms.contains(i + 1) && Vocabulary.isContent(first)
                    && Vocabulary.isContent(second) && !first.equals(second) && !Vocabulary.isSkill(first)
                    && !Vocabulary.isSkill(second)) {
                pairs.merge(words.get(i) + " " + words.get(i + 1), 1, Integer::sum);
            }
        }
        Set<Integer> inPairs = new LinkedHashSet<>();
        pairs.forEach((pair, count) -> {
            if (count >= 2) {
                counts.merge(pair, count, Integer::sum);
            }
        });
        for (int i = 0; i + 1 < words.size(); i++) {
            Integer count = pairs.get(words.get(i) + " " + words.get(i + 1));
            if (count != null && count >= 2) {
                inPairs.add(i);
                inPairs.add(i + 1);
            }
        }
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (!inTerms.contains(i) && !inPairs.contains(i) && Vocabulary.isContent(word)) {
                counts.merge(word, 1, Integer::sum);
            }
        }
        return counts.entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, Integer>>comparingInt(
                        e -> Math.min(MAX_MENTIONS, e.getValue()) * (Vocabulary.isSkill(e.getKey()) ? 2 : 1))
                        .reversed())
                .limit(KEPT).map(Map.Entry::getKey).toList();
    }

    private static Map<String, Integer> mentions(String posting, List<String> keywords) {
        List<String> words = canonicalWords(posting);
        Map<String, Integer> mentions = new LinkedHashMap<>();
        for (String term : keywords) {
            List<String> parts = List.of(term.split(" "));
            int count = 0;
            for (int i = 0; i + parts.size() <= words.size(); i++) {
                if (words.subList(i, i + parts.size()).equals(parts)) {
                    count++;
                }
            }
            mentions.put(term, Math.max(1, count));
        }
        return mentions;
    }

    /** The text's words, lower-cased, trailing dots dropped, each folded to its canonical synonym. */
    static List<String> canonicalWords(String text) {
        List<String> words = new ArrayList<>();
        if (text == null) {
            return words;
        }
        Matcher matcher = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (matcher.find()) {
            for (String part : Vocabulary.canonical(matcher.group()).split(" ")) {
                words.add(part);
            }
        }
        return words;
    }
}
