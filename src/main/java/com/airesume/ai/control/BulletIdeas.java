package com.airesume.ai.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Bullet ideas for a job, chosen by its title's role family from {@code bullet-ideas.txt} beside this class
 * (its format is described at its top). Each idea starts with a verb in the past tense, names one of the resume's
 * own skills where it has a place for one (the next skill each time), and marks with [brackets] the figure only
 * the person knows, so the idea reads as a prompt to quantify rather than as a claim. Ideas opening with the same
 * verb as a highlight the job already has are left out, and the family's ideas are topped up with general ones
 * when fewer than three remain. The same job gets the same ideas every time.
 */
public final class BulletIdeas {

    static final int MAX_IDEAS = 5;
    static final int MIN_IDEAS = 3;
    static final String GENERAL = "general";

    private record Family(String name, List<Pattern> titleWords) {
    }

    private static final List<Family> FAMILIES = new ArrayList<>();
    private static final Map<String, List<String>> IDEAS = new LinkedHashMap<>();

    static {
        read();
    }

    private BulletIdeas() {
    }

    /**
     * @param position the job's title
     * @param skills the resume's skills, in its order and spelling
     * @param existing the job's highlights so far
     */
    public static List<String> suggest(String position, List<String> skills, List<String> existing) {
        String family = family(position);
        List<String> openings = existing.stream().map(BulletIdeas::firstWord).toList();
        List<String> ideas = new ArrayList<>();
        int skill = 0;
        List<String> candidates = new ArrayList<>(IDEAS.getOrDefault(family, List.of()));
        if (!family.equals(GENERAL)) {
            candidates.addAll(IDEAS.get(GENERAL));
        }
        for (String idea : candidates) {
            if (ideas.size() == MAX_IDEAS || ideas.size() >= MIN_IDEAS
                    && IDEAS.get(GENERAL).contains(idea) && !family.equals(GENERAL)) {
                break;
            }
            if (openings.contains(firstWord(idea))) {
                continue;
            }
            if (idea.contains("{skill}")) {
                String name = skills.isEmpty() ? "[tool]" : skills.get(skill++ % skills.size());
                idea = idea.replace("{skill}", name);
            }
            ideas.add(idea);
        }
        return List.copyOf(ideas);
    }

    /** The role family whose title words the position contains, else the general one. */
    static String family(String position) {
        String title = position == null ? "" : position.toLowerCase(Locale.ROOT);
        return FAMILIES.stream().filter(f -> f.titleWords().stream().anyMatch(w -> w.matcher(title).find()))
                .map(Family::name).findFirst().orElse(GENERAL);
    }

    private static String firstWord(String line) {
        String[] words = line.strip().toLowerCase(Locale.ROOT).split("\\s+", 2);
        return words[0];
    }

    private static void read() {
        WordLists.lines("bullet-ideas.txt").forEach(line -> {
            String[] parts = line.split("\\|", 3);
            String name = parts[1].strip();
            if (parts[0].strip().equals("family")) {
                List<Pattern> words = new ArrayList<>();
                for (String word : parts[2].split(",")) {
                    if (!word.isBlank()) {
                        words.add(Pattern.compile("\\b" + Pattern.quote(word.strip()) + "\\b"));
                    }
                }
                FAMILIES.add(new Family(name, words));
            } else {
                IDEAS.computeIfAbsent(name, n -> new ArrayList<>()).add(parts[2].strip());
            }
        });
    }
}
