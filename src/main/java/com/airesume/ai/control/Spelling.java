package com.airesume.ai.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import morfologik.speller.Speller;
import morfologik.stemming.Dictionary;

/**
 * Spelling against a real English dictionary: LanguageTool's {@code en_US} (built from SCOWL and Hunspell's
 * en_US, with word frequencies), read with the morfologik speller LanguageTool itself uses.
 *
 * <p><b>Why this dictionary.</b> LanguageTool's whole English module (6.3: 6.6 MiB, plus its core and their
 * dependencies, tens of MiB; newer releases do not resolve from Maven Central alone) would bring grammar rules this
 * engine does not use. The build unpacks only {@code en_US.dict} and {@code .info} (356 KiB) from that artifact,
 * and morfologik adds 84 KiB. Loading takes about 15 ms; a correct word is checked in microseconds, and a
 * misspelt one gets suggestions within edit distance 1 (edit distance 2 only when there are none) in about 4 ms.
 * The dictionary is LGPL 2.1, as LanguageTool; morfologik is BSD.</p>
 *
 * <p><b>What is not checked.</b> Resumes are full of names and technology: words with digits or other than
 * ASCII letters, all-capitals acronyms, CamelCase names ({@code PostgreSQL}), capitalised words inside a sentence
 * (names of people, places and companies), addresses, the skills the keyword matcher knows, and the words in
 * {@code tech-words.txt} beside this class. A possessive is checked without its {@code 's}; other
 * contractions are left alone.</p>
 */
public final class Spelling {

    static final String DICTIONARY = "/org/languagetool/resource/en/hunspell/en_US.dict";
    private static final int MAX_SUGGESTIONS = 5;
    private static final Pattern TOKEN = Pattern.compile(
            "(?:https?://|www\\.)\\S+|\\S+@\\S+|[\\p{L}\\p{N}][\\p{L}\\p{N}'’.+#/-]*");

    /**
     * A word the dictionary does not know.
     *
     * @param start its first character in the text
     * @param end the character after its last
     * @param word the word as written
     * @param suggestions the likeliest corrections first, at most five, in the word's letter case
     */
    public record Misspelling(int start, int end, String word, List<String> suggestions) {

        public Misspelling {
            Objects.requireNonNull(word);
            suggestions = List.copyOf(suggestions);
        }
    }

    private static final class Holder {
        static final Spelling ENGLISH = load();
    }

    private final Speller near;
    private final Speller far;
    private final Set<String> known;

    private Spelling(Dictionary dictionary, Set<String> known) {
        this.near = new Speller(dictionary, 1);
        this.far = new Speller(dictionary, 2);
        this.known = known;
    }

    /** The English speller, loaded once on first use. */
    public static Spelling english() {
        return Holder.ENGLISH;
    }

    /** The words of the text the dictionary does not know, in order. */
    public List<Misspelling> check(String text) {
        List<Misspelling> misspellings = new ArrayList<>();
        if (text == null) {
            return misspellings;
        }
        Matcher matcher = TOKEN.matcher(text);
        while (matcher.find()) {
            String token = matcher.group();
            int start = matcher.start();
            if (token.contains("://") || token.startsWith("www.") || token.contains("@")) {
                continue;
            }
            boolean sentenceStart = startsSentence(text, start);
            // Hyphenated words ("well-knwon") are checked part by part.
            int offset = 0;
            for (String part : token.split("-", -1)) {
                String word = part.replaceAll("[.’']+$", "");
                if (word.endsWith("'s") || word.endsWith("’s")) {
                    word = word.substring(0, word.length() - 2);
                }
                if (!word.isEmpty() && checks(word, sentenceStart && offset == 0) && misspelt(word)) {
                    misspellings.add(new Misspelling(start + offset, start + offset + word.length(), word,
                            suggestions(word)));
                }
                offset += part.length() + 1;
            }
        }
        return misspellings;
    }

    /** The text with each misspelling replaced by its first suggestion; words without one are kept. */
    public String corrected(String text) {
        return corrected(text, check(text));
    }

    /** {@link #corrected(String)} with the misspellings {@link #check} already found in {@code text}. */
    public String corrected(String text, List<Misspelling> misspellings) {
        StringBuilder result = new StringBuilder();
        int last = 0;
        for (Misspelling misspelling : misspellings) {
            result.append(text, last, misspelling.start());
            result.append(misspelling.suggestions().isEmpty() ? misspelling.word() : misspelling.suggestions().get(0));
            last = misspelling.end();
        }
        return result.append(text.substring(last)).toString();
    }

    /** Whether the word at {@code start} is the first of the text or follows the end of a sentence. */
    private static boolean startsSentence(String text, int start) {
        int before = start - 1;
        while (before >= 0 && Character.isWhitespace(text.charAt(before))) {
            before--;
        }
        return before < 0 || ".!?:\n".indexOf(text.charAt(before)) >= 0;
    }

    /** Whether a word is one a dictionary can judge. */
    private boolean checks(String word, boolean sentenceStart) {
        if (word.length() < 2 || !word.chars().allMatch(c -> c < 128 && Character.isLetter(c))) {
            return false;
        }
        boolean capital = Character.isUpperCase(word.charAt(0));
        boolean innerCapital = word.substring(1).chars().anyMatch(Character::isUpperCase);
        if (innerCapital || capital && !sentenceStart) {
            return false;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        return !known.contains(lower) && !Vocabulary.isSkill(Vocabulary.canonical(lower));
    }

    private boolean misspelt(String word) {
        if (!near.isMisspelled(word)) {
            return false;
        }
        // A sentence's first word is in the dictionary in lower case.
        return !Character.isUpperCase(word.charAt(0)) || near.isMisspelled(word.toLowerCase(Locale.ROOT));
    }

    private List<String> suggestions(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        List<String> found = new ArrayList<>(near.findReplacements(lower));
        if (found.isEmpty()) {
            found.addAll(far.findReplacements(lower));
        }
        // Equally near words: a dropped letter is the commoner slip, so a longer word goes first ("enginers").
        found.sort(Comparator.comparingInt((String s) -> s.length() >= lower.length() ? 0 : 1));
        return found.stream().filter(s -> !s.equalsIgnoreCase(word)).distinct().limit(MAX_SUGGESTIONS)
                .map(s -> matchCase(word, s)).toList();
    }

    /** A suggestion in the letter case of the word it replaces: "Recieved" becomes "Received". */
    static String matchCase(String word, String suggestion) {
        if (Character.isUpperCase(word.charAt(0)) && !suggestion.isEmpty()) {
            return Character.toUpperCase(suggestion.charAt(0)) + suggestion.substring(1);
        }
        return suggestion;
    }

    private static Spelling load() {
        URL dictionary = Spelling.class.getResource(DICTIONARY);
        if (dictionary == null) {
            throw new IllegalStateException("Missing spelling dictionary " + DICTIONARY);
        }
        try {
            return new Spelling(Dictionary.read(dictionary), techWords());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> techWords() {
        return WordLists.lines("tech-words.txt").stream().map(l -> l.toLowerCase(Locale.ROOT))
                .collect(Collectors.toCollection(HashSet::new));
    }
}
