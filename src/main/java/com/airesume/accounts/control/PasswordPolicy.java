package com.airesume.accounts.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.matching.match.DictionaryMatch;
import me.gosimple.nbvcxz.matching.match.Match;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import me.gosimple.nbvcxz.resources.Dictionary;
import me.gosimple.nbvcxz.resources.DictionaryBuilder;
import me.gosimple.nbvcxz.scoring.Result;

/**
 * NIST SP 800-63B and OWASP ASVS: 12 to 128 characters, never truncated, no composition rules, not a common or
 * breached password, not built from the person's own name or email. Strength is estimated by nbvcxz, whose
 * dictionaries include a list of about 100,000 leaked passwords, names and English words; the person's own
 * words are added as a dictionary so that "Ada Lovelace 1815" counts as weak for Ada.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    private static final int SHORTEST_PERSONAL_WORD = 3;
    private static final List<Dictionary> DEFAULT_DICTIONARIES = ConfigurationBuilder.getDefaultDictionaries();

    /** What is wrong with a password; each has a message that says what to do. */
    public enum Problem {
        TOO_SHORT, TOO_LONG, PERSONAL, COMMON, GUESSABLE
    }

    /**
     * @param password the candidate, exactly as typed (spaces count)
     * @param personal the person's own words: names, email, username
     * @return the first problem, empty when the password is acceptable
     */
    public Optional<Problem> check(String password, String... personal) {
        Objects.requireNonNull(password, "password");
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of(Problem.TOO_SHORT);
        }
        if (length > MAX_LENGTH) {
            return Optional.of(Problem.TOO_LONG);
        }
        List<String> words = personalWords(personal);
        String lower = password.toLowerCase(Locale.ROOT);
        if (words.stream().anyMatch(w -> w.length() >= lower.length() / 2 && lower.contains(w))) {
            return Optional.of(Problem.PERSONAL);
        }
        Result result = estimate(password, words);
        if (isCommon(result)) {
            return Optional.of(Problem.COMMON);
        }
        if (!result.isMinimumEntropyMet()) {
            return words.stream().anyMatch(lower::contains) ? Optional.of(Problem.PERSONAL)
                    : Optional.of(Problem.GUESSABLE);
        }
        return Optional.empty();
    }

    private static Result estimate(String password, List<String> personalWords) {
        List<Dictionary> dictionaries = new ArrayList<>(DEFAULT_DICTIONARIES);
        if (!personalWords.isEmpty()) {
            dictionaries.add(new DictionaryBuilder().setDictionaryName("personal").setExclusion(true)
                    .addWords(personalWords, 0).createDictionary());
        }
        return new Nbvcxz(new ConfigurationBuilder().setDictionaries(dictionaries).createConfiguration())
                .estimate(password);
    }

    /** The whole password (ignoring case and spaces around it) is one entry of the leaked-password list. */
    private static boolean isCommon(Result result) {
        List<Match> matches = result.getMatches();
        return matches.size() == 1 && matches.get(0) instanceof DictionaryMatch match
                && "passwords".equals(match.getDictionaryName());
    }

    private static List<String> personalWords(String... personal) {
        return Arrays.stream(personal).filter(Objects::nonNull)
                .flatMap(p -> Arrays.stream(p.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")))
                .filter(w -> w.length() >= SHORTEST_PERSONAL_WORD).distinct().toList();
    }
}
