package com.airesume.ai.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The word lists the built-in engine reads job postings with, kept as text files beside this class so they can
 * grow without code: {@code stopwords.txt} (English function words and job-ad filler), {@code skills.txt} (skills
 * and multi-word terms, one per line), {@code synonyms.txt} ({@code canonical: other, other}) and
 * {@code plurals-kept.txt} (words ending in s that are not plurals).
 */
final class Vocabulary {

    private static final Set<String> STOP_WORDS = new HashSet<>(lines("stopwords.txt"));
    private static final Set<String> KEEP_PLURAL = new HashSet<>(lines("plurals-kept.txt"));
    private static final Map<String, String> SYNONYMS = synonyms();
    private static final Set<String> SKILLS = skills();
    /** The most words a known term has. */
    static final int LONGEST_TERM = SKILLS.stream().mapToInt(s -> s.split(" ").length).max().orElse(1);

    private Vocabulary() {
    }

    /**
     * The canonical spelling of a word ({@code k8s} is {@code kubernetes}, {@code payments} is {@code payment});
     * a synonym may be several words.
     */
    static String canonical(String word) {
        String bare = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
        String synonym = SYNONYMS.get(bare);
        if (synonym == null) {
            return singular(bare);
        }
        StringBuilder words = new StringBuilder();
        for (String part : synonym.split(" ")) {
            words.append(words.length() == 0 ? "" : " ").append(singular(part));
        }
        return words.toString();
    }

    /** Every spelling of a canonical term the word lists know: the term itself, then its synonyms. */
    static List<String> spellings(String term) {
        List<String> spellings = new ArrayList<>(List.of(term));
        SYNONYMS.forEach((other, canonical) -> {
            if (canonical(other).equals(term) && !spellings.contains(other)) {
                spellings.add(other);
            }
        });
        return spellings;
    }

    /**
     * The singular of a regular English plural, so "payments" meets "payment" and "systems" meets "system". Words
     * that only look plural ("kubernetes", "analytics", "sales", "business") are kept by the endings skipped and by
     * {@code plurals-kept.txt}.
     */
    static String singular(String word) {
        int n = word.length();
        if (n < 5 || !word.endsWith("s") || KEEP_PLURAL.contains(word) || word.endsWith("ss") || word.endsWith("us")
                || word.endsWith("is") || word.endsWith("ics") || !word.chars().allMatch(Character::isLetter)) {
            return word;
        }
        if (word.endsWith("ies")) {
            return word.substring(0, n - 3) + "y";
        }
        if (word.endsWith("sses") || word.endsWith("xes") || word.endsWith("ches") || word.endsWith("shes")) {
            return word.substring(0, n - 2);
        }
        return word.substring(0, n - 1);
    }

    static boolean isSkill(String term) {
        return SKILLS.contains(term);
    }

    /** Whether a word can be a keyword on its own: not a stop word, not a number, longer than one letter. */
    static boolean isContent(String word) {
        return word.length() > 1 && !STOP_WORDS.contains(word) && !word.chars().allMatch(Character::isDigit)
                || SKILLS.contains(word);
    }

    private static Map<String, String> synonyms() {
        Map<String, String> synonyms = new HashMap<>();
        for (String line : lines("synonyms.txt")) {
            String[] parts = line.split(":", 2);
            String canonical = parts[0].strip();
            for (String other : parts[1].split(",")) {
                synonyms.put(other.strip(), canonical);
            }
        }
        return synonyms;
    }

    /** Skills in canonical spelling, so that "JS" in a posting and "JavaScript" in a resume meet. */
    private static Set<String> skills() {
        Set<String> skills = new HashSet<>();
        for (String line : lines("skills.txt")) {
            StringBuilder canonical = new StringBuilder();
            for (String word : line.split(" ")) {
                canonical.append(canonical.length() == 0 ? "" : " ").append(canonical(word));
            }
            skills.add(canonical.toString());
        }
        return skills;
    }

    private static List<String> lines(String file) {
        return WordLists.lines(file).stream().map(l -> l.toLowerCase(Locale.ROOT)).toList();
    }
}
