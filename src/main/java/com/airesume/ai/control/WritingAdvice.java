package com.airesume.ai.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The built-in engine's advice on one resume line (a highlight, a summary sentence): what weakens it, and a
 * rewrite where a rule can make one without guessing.
 *
 * <ul>
 * <li><b>Weak opening</b> ("Responsible for managing…", "Helped with the migration…", "Worked on…"): rewritten
 * to start with the action, in the past tense ("Managed…", "Migrated…").</li>
 * <li><b>Passive voice</b> ("was migrated by the team"): named, not rewritten, since the actor is often
 * unknown.</li>
 * <li><b>Filler</b> ("very", "successfully", "various"…): removed in the rewrite.</li>
 * <li><b>First person</b> ("I", "my"): resumes leave it out; removed at the start of a line.</li>
 * <li><b>No number</b>: a line without a figure is asked to show scale or effect (users, %, ms, €).</li>
 * <li><b>Too long</b>: over {@value #MAX_WORDS} words reads as a paragraph.</li>
 * </ul>
 */
public final class WritingAdvice {

    static final int MAX_WORDS = 30;

    /** What weakens a line. */
    public enum Problem {
        WEAK_OPENING, PASSIVE_VOICE, FILLER, FIRST_PERSON, NO_NUMBER, TOO_LONG
    }

    /**
     * The advice on a line.
     *
     * @param problems what weakens it, in the order listed by {@link Problem}
     * @param rewrite the line with what a rule can fix fixed; equal to the line when nothing could be
     */
    public record Advice(List<Problem> problems, String rewrite) {
    }

    private static final Pattern WEAK_OPENING = Pattern.compile("^(?:i\\s+was\\s+|was\\s+)?(?:responsible\\s+for"
            + "|in\\s+charge\\s+of|helped(?:\\s+(?:with|to|in))?|assisted(?:\\s+(?:with|in))?|worked\\s+on"
            + "|participated\\s+in|involved\\s+in|tasked\\s+with|duties\\s+included)\\s+(?:the\\s+)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PASSIVE = Pattern.compile("\\b(?:was|were|been|being|is|are)\\s+(?:\\w+ly\\s+)?"
            + "(?:\\w+ed|\\w*(?:built|done|made|led|run|written|given|taken|chosen|shown|seen|known|driven"
            + "|grown))\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FILLER = Pattern.compile("\\s*\\b(?:very|really|successfully|various|basically"
            + "|actually|just|etc\\.?|in order)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern FIRST_PERSON_START = Pattern.compile("^(?:i|we)\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern FIRST_PERSON = Pattern.compile("\\b(?:i|me|my|mine|myself)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBER = Pattern.compile("\\d|\\b(?:one|two|three|four|five|six|seven|eight|nine"
            + "|ten|dozen|hundred|thousand|million|billion|half|double|twice|triple)\\b", Pattern.CASE_INSENSITIVE);

    /** Past tenses a rule cannot build from the -ing form. */
    private static final Map<String, String> IRREGULAR = Map.ofEntries(Map.entry("building", "built"),
            Map.entry("leading", "led"), Map.entry("running", "ran"), Map.entry("writing", "wrote"),
            Map.entry("making", "made"), Map.entry("taking", "took"), Map.entry("bringing", "brought"),
            Map.entry("teaching", "taught"), Map.entry("selling", "sold"), Map.entry("setting", "set"),
            Map.entry("cutting", "cut"), Map.entry("putting", "put"), Map.entry("holding", "held"),
            Map.entry("keeping", "kept"), Map.entry("giving", "gave"), Map.entry("getting", "got"),
            Map.entry("driving", "drove"), Map.entry("growing", "grew"), Map.entry("choosing", "chose"),
            Map.entry("speaking", "spoke"), Map.entry("winning", "won"), Map.entry("finding", "found"),
            Map.entry("spending", "spent"), Map.entry("paying", "paid"), Map.entry("sending", "sent"));
    /** Nouns after a weak opening and the verb they stand for ("the migration of…" is "Migrated…"). */
    private static final Map<String, String> NOUN_VERBS = Map.ofEntries(Map.entry("migration", "migrated"),
            Map.entry("development", "developed"), Map.entry("design", "designed"),
            Map.entry("implementation", "implemented"), Map.entry("management", "managed"),
            Map.entry("maintenance", "maintained"), Map.entry("creation", "created"),
            Map.entry("integration", "integrated"), Map.entry("optimization", "optimized"),
            Map.entry("testing", "tested"), Map.entry("deployment", "deployed"), Map.entry("analysis", "analyzed"),
            Map.entry("launch", "launched"), Map.entry("redesign", "redesigned"), Map.entry("rollout", "rolled out"),
            Map.entry("support", "supported"), Map.entry("coordination", "coordinated"),
            Map.entry("automation", "automated"), Map.entry("planning", "planned"),
            Map.entry("onboarding", "onboarded"), Map.entry("hiring", "hired"), Map.entry("training", "trained"));

    private WritingAdvice() {
    }

    public static Advice review(String line) {
        String text = line == null ? "" : line.strip();
        List<Problem> problems = new ArrayList<>();
        Matcher weak = WEAK_OPENING.matcher(text);
        if (weak.find()) {
            problems.add(Problem.WEAK_OPENING);
        }
        if (PASSIVE.matcher(text).find()) {
            problems.add(Problem.PASSIVE_VOICE);
        }
        if (FILLER.matcher(text).find()) {
            problems.add(Problem.FILLER);
        }
        if (FIRST_PERSON.matcher(text).find()) {
            problems.add(Problem.FIRST_PERSON);
        }
        if (!text.isEmpty() && !NUMBER.matcher(text).find()) {
            problems.add(Problem.NO_NUMBER);
        }
        if (text.split("\\s+").length > MAX_WORDS) {
            problems.add(Problem.TOO_LONG);
        }
        return new Advice(List.copyOf(problems), rewrite(text));
    }

    private static String rewrite(String text) {
        String result = FILLER.matcher(text).replaceAll("");
        result = FIRST_PERSON_START.matcher(result).replaceFirst("");
        Matcher weak = WEAK_OPENING.matcher(result);
        if (weak.find()) {
            String rest = result.substring(weak.end());
            String[] words = rest.split("\\s+", 2);
            // "…involved in hiring." ends on its verb: the full stop stays after the rewritten one.
            String word = words[0].replaceAll("[.,;:!?]+$", "");
            String verb = pastTense(word);
            if (verb != null) {
                String object = (words[0].substring(word.length()) + (words.length > 1 ? " " + words[1] : "")).strip();
                if (NOUN_VERBS.containsKey(word.toLowerCase(Locale.ROOT))) {
                    object = object.replaceFirst("(?i)^of\\s+", "");
                }
                result = (verb + " " + object).strip();
            }
        }
        result = result.replaceAll("\\s{2,}", " ").replaceAll("\\s+([,.;:])", "$1").strip();
        return result.isEmpty() ? result : Character.toUpperCase(result.charAt(0)) + result.substring(1);
    }

    /** The past tense of an -ing verb or an action noun, or null when no rule knows it. */
    static String pastTense(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (NOUN_VERBS.containsKey(lower)) {
            return NOUN_VERBS.get(lower);
        }
        if (IRREGULAR.containsKey(lower)) {
            return IRREGULAR.get(lower);
        }
        if (!lower.endsWith("ing") || lower.length() < 5) {
            return null;
        }
        // The -ing stem already carries a doubled consonant (plann-ing) or lost a silent e (migrat-ing), so adding
        // -ed gives planned and migrated; only a consonant before y changes (study-ing, studied).
        String stem = lower.substring(0, lower.length() - 3);
        int n = stem.length();
        if (stem.endsWith("y") && "aeiou".indexOf(stem.charAt(n - 2)) < 0) {
            return stem.substring(0, n - 1) + "ied";
        }
        return stem + "ed";
    }
}
