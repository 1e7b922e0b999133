package com.airesume.ai.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Grammar and punctuation the built-in engine can fix by rule, each fix recorded as a {@link Rewrite.Change}:
 *
 * <ul>
 * <li>a word written twice ("the the");</li>
 * <li>"a" or "an" by the sound of the next word: "an" before a vowel sound, including silent h ("an hour") and
 * acronyms read with a vowel first ("an MBA", "an SQL database"); "a" before a "you" or "w" sound ("a user",
 * "a one-off", "a UX review");</li>
 * <li>a lone "i" as "I", and a capital at the start of each sentence (unless the word is a skill written in
 * lower case, such as npm);</li>
 * <li>no space before , . ; : ! ?, one space after a comma or semicolon, and after a full stop between two
 * sentences; doubled spaces and doubled punctuation (an ellipsis is kept).</li>
 * </ul>
 *
 * <p>What needs meaning to decide is left to the person or an external model: "its" or "it's", agreement of
 * subject and verb, tense consistency. A rule that guesses there would be wrong as often as right.</p>
 */
public final class Grammar {

    private static final Pattern REPEATED = Pattern.compile("\\b(\\p{L}+)(\\s+)\\1\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern ARTICLE = Pattern.compile("\\b([Aa]n?)(\\s+)([\\p{L}\\p{N}][\\p{L}\\p{N}-]*)");
    private static final Pattern LONE_I = Pattern.compile("(?<![\\p{L}\\p{N}'’.-])i(?![\\p{L}\\p{N}'’.-])");
    private static final Pattern SENTENCE_START = Pattern.compile(
            "(^|(?<!\\b(?:e\\.g|i\\.e|etc|vs|approx|incl|cf|ca))(?<!\\.\\.)[.!?]\\s+)(\\p{Ll}[\\p{L}\\p{N}.+#-]*)");
    private static final Pattern SPACE_BEFORE = Pattern.compile("(?<=\\S)\\s+([,;:!?]|\\.(?=\\s|$))");
    private static final Pattern SPACE_BEFORE_PERCENT = Pattern.compile("(?<=\\d)\\s+%");
    private static final Pattern SPACE_AFTER = Pattern.compile("([,;])(?=\\p{L})");
    private static final Pattern SENTENCE_JOINED = Pattern.compile("(?<=\\p{Ll}{2})\\.(?=\\p{Lu}\\p{Ll})");
    private static final Pattern DOUBLED = Pattern.compile("([,;:!?])\\1+|(?<!\\.)\\.\\.(?!\\.)");
    private static final Pattern SPACES = Pattern.compile("(?<=\\S) {2,}(?=\\S)");

    /** Words spelt with a vowel but said with a "you" or "w" sound, which take "a". */
    private static final Set<String> CONSONANT_SOUND = Set.of("one", "once", "user", "users", "use", "used",
            "useful", "usual", "usually", "unique", "unit", "united", "union", "universal", "university", "uniform",
            "unicorn", "utility", "usability", "usage", "ubiquitous", "european", "euro", "eulogy", "ewe", "uranium",
            "utopia", "ukulele", "ukrainian", "uber", "unix", "usb", "uk", "us", "un", "ux", "ui", "url", "uri");
    /** Words spelt with h that begin with a vowel sound, which take "an". */
    private static final Set<String> SILENT_H = Set.of("hour", "hours", "hourly", "honest", "honestly", "honor",
            "honors", "honour", "honours", "honorary", "heir", "heiress");
    /** Letters whose names begin with a vowel sound, for acronyms read letter by letter. */
    private static final String VOWEL_NAMED_LETTERS = "AEFHILMNORSX";

    private Grammar() {
    }

    public static Rewrite fix(String text) {
        List<Rewrite.Change> changes = new ArrayList<>();
        String result = text == null ? "" : text;
        result = replace(result, REPEATED, m -> m.group(1), changes);
        result = replace(result, ARTICLE, m -> {
            String wanted = takesAn(m.group(3)) ? "an" : "a";
            String article = Character.isUpperCase(m.group(1).charAt(0))
                    ? Character.toUpperCase(wanted.charAt(0)) + wanted.substring(1) : wanted;
            return article + m.group(2) + m.group(3);
        }, changes);
        result = replace(result, LONE_I, m -> "I", changes);
        result = replace(result, SENTENCE_START, m -> Vocabulary.isSkill(Vocabulary.canonical(m.group(2)))
                || m.group(2).chars().skip(1).anyMatch(Character::isUpperCase) ? m.group()
                : m.group(1) + Character.toUpperCase(m.group(2).charAt(0)) + m.group(2).substring(1), changes);
        result = replace(result, DOUBLED, m -> m.group(1) != null ? m.group(1) : ".", changes);
        result = replace(result, SPACE_BEFORE, m -> m.group(1), changes);
        result = replace(result, SPACE_BEFORE_PERCENT, m -> "%", changes);
        result = replace(result, SPACE_AFTER, m -> m.group(1) + " ", changes);
        result = replace(result, SENTENCE_JOINED, m -> ". ", changes);
        result = replace(result, SPACES, m -> " ", changes);
        return new Rewrite(result, changes);
    }

    /** Whether a word begins with a vowel sound. */
    static boolean takesAn(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        String bare = lower.split("-")[0];
        if (word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT)) && word.chars().allMatch(
                Character::isLetter)) {
            return CONSONANT_SOUND.contains(lower) ? false : VOWEL_NAMED_LETTERS.indexOf(word.charAt(0)) >= 0;
        }
        if (CONSONANT_SOUND.contains(bare) || bare.startsWith("uni") && !bare.startsWith("unin")
                && !bare.startsWith("unim")) {
            return false;
        }
        if (SILENT_H.contains(bare)) {
            return true;
        }
        // Figures said with a vowel first: 8, 80, 800…, 11 and 18 (and their thousands, 11,000).
        return "aeiou".indexOf(lower.charAt(0)) >= 0 || lower.matches("8.*|1[18](?![\\d.]).*|1[18],\\d{3}.*");
    }

    private static String context(String text, int start, int end) {
        return text.substring(contextStart(text, start), contextEnd(text, end));
    }

    /** Where the word before a match begins, when the match is only spaces and punctuation. */
    private static int contextStart(String text, int start) {
        int from = start;
        while (from > 0 && Character.isWhitespace(text.charAt(from - 1))) {
            from--;
        }
        while (from > 0 && !Character.isWhitespace(text.charAt(from - 1))) {
            from--;
        }
        return from;
    }

    private static int contextEnd(String text, int end) {
        int to = end;
        while (to < text.length() && !Character.isWhitespace(text.charAt(to))) {
            to++;
        }
        return to;
    }

    /** Replaces every match, recording each replacement that changes something. */
    private static String replace(String text, Pattern pattern, Function<Matcher, String> replacement,
            List<Rewrite.Change> changes) {
        Matcher matcher = pattern.matcher(text);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            String replaced = replacement.apply(matcher);
            if (!replaced.equals(matcher.group())) {
                // A fix of spaces alone shows the words around it, so the person sees what moved.
                String before = context(text, matcher.start(), matcher.end());
                String after = before.substring(0, matcher.start() - contextStart(text, matcher.start())) + replaced
                        + text.substring(matcher.end(), contextEnd(text, matcher.end()));
                changes.add(new Rewrite.Change(before.strip(), after.strip()));
            }
            matcher.appendReplacement(result, Matcher.quoteReplacement(replaced));
        }
        matcher.appendTail(result);
        return result.toString();
    }
}
