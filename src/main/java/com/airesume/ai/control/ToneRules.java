package com.airesume.ai.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The built-in engine's tones, each a table of word and phrase replacements in {@code tones.txt} beside this class
 * ({@code tone | phrase | replacement}), applied whole-word in the text's own letter case:
 *
 * <ul>
 * <li><b>Professional</b>: contractions spelt out, informal words ("a bunch of", "stuff", "awesome") replaced.</li>
 * <li><b>Confident</b>: hedges dropped ("I think", "somewhat"), "was able to reduce" and "tried to reduce" said as
 * "reduced", and each sentence's weak opening ("helped with", "responsible for") rewritten to the action by
 * {@link WritingAdvice}.</li>
 * <li><b>Friendly</b>: stiff words made plain ("utilize" is "use", "facilitate" is "help"), contractions
 * allowed.</li>
 * <li><b>Concise</b>: wordy phrases shortened ("due to the fact that" is "because"), filler and hedges dropped,
 * "was able to" dropped as in confident, weak openings rewritten.</li>
 * </ul>
 *
 * <p>Every fact and figure stays: the tables replace only words that carry none.</p>
 */
public final class ToneRules {

    private record Rule(Pattern pattern, String phrase, String replacement) {
    }

    private static final Map<Prompts.Tone, List<Rule>> RULES = rules();
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=\\p{Lu})");
    private static final Pattern SENTENCE_START = Pattern.compile("(^|[.!?]\\s+)(\\p{Ll})");
    private static final Pattern ABLE_TO = Pattern.compile("\\b(?:(?:was|were) able|managed|tried|attempted)\\s+to"
            + "\\s+(\\p{L}+)", Pattern.CASE_INSENSITIVE);
    /** Past tenses a rule cannot build from the base form. */
    private static final Map<String, String> IRREGULAR = Map.ofEntries(Map.entry("build", "built"),
            Map.entry("lead", "led"), Map.entry("run", "ran"), Map.entry("write", "wrote"), Map.entry("make", "made"),
            Map.entry("take", "took"), Map.entry("bring", "brought"), Map.entry("teach", "taught"),
            Map.entry("sell", "sold"), Map.entry("set", "set"), Map.entry("cut", "cut"), Map.entry("put", "put"),
            Map.entry("hold", "held"), Map.entry("keep", "kept"), Map.entry("give", "gave"), Map.entry("get", "got"),
            Map.entry("drive", "drove"), Map.entry("grow", "grew"), Map.entry("choose", "chose"),
            Map.entry("speak", "spoke"), Map.entry("win", "won"), Map.entry("find", "found"),
            Map.entry("spend", "spent"), Map.entry("pay", "paid"), Map.entry("send", "sent"), Map.entry("do", "did"),
            Map.entry("go", "went"), Map.entry("see", "saw"), Map.entry("know", "knew"), Map.entry("begin", "began"),
            Map.entry("think", "thought"), Map.entry("buy", "bought"), Map.entry("meet", "met"),
            Map.entry("have", "had"), Map.entry("raise", "raised"), Map.entry("ship", "shipped"),
            Map.entry("plan", "planned"), Map.entry("scale", "scaled"));

    private ToneRules() {
    }

    public static Rewrite rewrite(String text, Prompts.Tone tone) {
        List<Rewrite.Change> changes = new ArrayList<>();
        String result = text == null ? "" : text;
        for (Rule rule : RULES.get(tone)) {
            Matcher matcher = rule.pattern().matcher(result);
            StringBuilder replaced = new StringBuilder();
            while (matcher.find()) {
                String to = inCase(matcher.group(), rule.replacement());
                changes.add(new Rewrite.Change(matcher.group().strip(), to));
                matcher.appendReplacement(replaced, Matcher.quoteReplacement(to));
            }
            matcher.appendTail(replaced);
            result = replaced.toString();
        }
        if (tone == Prompts.Tone.CONFIDENT || tone == Prompts.Tone.CONCISE) {
            Matcher able = ABLE_TO.matcher(result);
            StringBuilder direct = new StringBuilder();
            while (able.find()) {
                String verb = past(able.group(1));
                if (Character.isUpperCase(able.group().charAt(0))) {
                    verb = Character.toUpperCase(verb.charAt(0)) + verb.substring(1);
                }
                changes.add(new Rewrite.Change(able.group(), verb));
                able.appendReplacement(direct, Matcher.quoteReplacement(verb));
            }
            able.appendTail(direct);
            result = direct.toString();
            List<String> sentences = new ArrayList<>();
            for (String sentence : SENTENCE_END.split(result)) {
                String stronger = WritingAdvice.review(sentence).rewrite();
                if (!stronger.equals(sentence.strip()) && !stronger.isEmpty()) {
                    changes.add(new Rewrite.Change(sentence.strip(), stronger));
                    sentences.add(stronger);
                } else {
                    sentences.add(sentence);
                }
            }
            result = String.join(" ", sentences);
        }
        return new Rewrite(tidy(result), changes);
    }

    /** The past tense of a verb's base form: "reduce" is "reduced", "deliver" is "delivered". */
    static String past(String verb) {
        String lower = verb.toLowerCase(Locale.ROOT);
        String past;
        if (IRREGULAR.containsKey(lower)) {
            past = IRREGULAR.get(lower);
        } else if (lower.endsWith("e")) {
            past = lower + "d";
        } else if (lower.endsWith("y") && lower.length() > 1 && "aeiou".indexOf(lower.charAt(lower.length() - 2)) < 0) {
            past = lower.substring(0, lower.length() - 1) + "ied";
        } else {
            past = lower + "ed";
        }
        return Character.isUpperCase(verb.charAt(0)) ? Character.toUpperCase(past.charAt(0)) + past.substring(1)
                : past;
    }

    /** Spaces and punctuation as they should be after words were taken out, and a capital to start each sentence. */
    private static String tidy(String text) {
        String tidy = text.replaceAll("[ \\t]{2,}", " ").replaceAll("\\s+([,.;:!?])", "$1")
                .replaceAll("(^|[.!?]\\s+),\\s*", "$1").strip();
        Matcher start = SENTENCE_START.matcher(tidy);
        StringBuilder capitalised = new StringBuilder();
        while (start.find()) {
            start.appendReplacement(capitalised, Matcher.quoteReplacement(start.group(1)
                    + start.group(2).toUpperCase(Locale.ROOT)));
        }
        start.appendTail(capitalised);
        return capitalised.toString();
    }

    /** The replacement in the letter case of what it replaces: capitalised at a sentence's start. */
    private static String inCase(String found, String replacement) {
        if (!replacement.isEmpty() && Character.isUpperCase(found.charAt(0))
                && !found.startsWith("I ") && !found.equals("I") && !found.startsWith("I'")) {
            return Character.toUpperCase(replacement.charAt(0)) + replacement.substring(1);
        }
        return replacement;
    }

    private static Map<Prompts.Tone, List<Rule>> rules() {
        Map<Prompts.Tone, List<Rule>> rules = new EnumMap<>(Prompts.Tone.class);
        for (Prompts.Tone tone : Prompts.Tone.values()) {
            rules.put(tone, new ArrayList<>());
        }
        WordLists.lines("tones.txt").forEach(line -> {
            String[] parts = line.split("\\|", -1);
            String phrase = parts[1].strip();
            // A removed phrase takes one space beside it along; a replaced one keeps them.
            String regex = "(?<![\\p{L}\\p{N}'’])" + String.join("['’]",
                    Arrays.stream(phrase.split("'", -1)).map(Pattern::quote).toList())
                    + "(?![\\p{L}\\p{N}'’])";
            rules.get(Prompts.Tone.valueOf(parts[0].strip().toUpperCase(Locale.ROOT))).add(new Rule(
                    Pattern.compile(parts[2].isBlank() ? regex + "\\s?" : regex,
                            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
                    phrase, parts[2].strip()));
        });
        rules.values().forEach(list -> list.sort(Comparator.comparingInt((Rule r) -> -r.phrase().length())));
        return rules;
    }
}
