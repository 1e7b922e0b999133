package com.airesume.platform.database;

import java.util.Locale;

/** Search text as a JPQL {@code LIKE … ESCAPE '\'} pattern, for the admin console's "any part of it" searches. */
public final class LikePatterns {

    private LikePatterns() {
    }

    /**
     * A pattern that matches lower-cased text containing {@code text} (trimmed, lower-cased), its {@code %},
     * {@code _} and backslashes taken literally; null or blank matches everything.
     */
    public static String containing(String text) {
        String literal = (text == null ? "" : text.strip().toLowerCase(Locale.ROOT)).replace("\\", "\\\\")
                .replace("%", "\\%").replace("_", "\\_");
        return "%" + literal + "%";
    }
}
