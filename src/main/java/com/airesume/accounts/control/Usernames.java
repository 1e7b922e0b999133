package com.airesume.accounts.control;

import com.airesume.accounts.entity.User;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Usernames: 3 to 30 of {@code [a-z0-9._-]}, unique ignoring case. A new account gets one derived from its
 * email's local part ({@code ada}, then {@code ada2}, {@code ada3}, ... when taken).
 */
public final class Usernames {

    public static final Pattern VALID = Pattern.compile("[a-z0-9._-]{" + User.USERNAME_MIN + "," + User.USERNAME_MAX
            + "}");
    private static final String FALLBACK = "user";

    private Usernames() {
    }

    public static boolean isValid(String username) {
        return username != null && VALID.matcher(username).matches();
    }

    /** The stem a username is derived from: the email's local part, reduced to the allowed characters. */
    public static String stem(String email) {
        String local = email.strip();
        int at = local.lastIndexOf('@');
        local = at < 0 ? local : local.substring(0, at);
        String ascii = Normalizer.normalize(local, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]", "");
        ascii = ascii.replaceAll("^[._-]+", "");
        if (ascii.length() > User.USERNAME_MAX - 4) {
            ascii = ascii.substring(0, User.USERNAME_MAX - 4);
        }
        while (ascii.length() < User.USERNAME_MIN) {
            ascii = ascii.isEmpty() ? FALLBACK : ascii + "0";
        }
        return ascii;
    }

    /**
     * The first free username for {@code stem}: the stem itself, else the stem with the smallest number from 2
     * that no one has.
     *
     * @param taken the lower-cased usernames already in use that start with the stem
     */
    public static String firstFree(String stem, Set<String> taken) {
        if (!taken.contains(stem)) {
            return stem;
        }
        for (int n = 2;; n++) {
            String candidate = stem + n;
            if (!taken.contains(candidate)) {
                return candidate;
            }
        }
    }
}
