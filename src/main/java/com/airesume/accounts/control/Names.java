package com.airesume.accounts.control;

import com.airesume.accounts.entity.User;

/** A person's first or last name: present, not too long, and free of control and invisible formatting characters. */
public final class Names {

    private Names() {
    }

    public static boolean isValid(String name) {
        return name != null && !name.isBlank() && name.strip().length() <= User.NAME_MAX
                && name.codePoints().noneMatch(Names::isInvisible);
    }

    /**
     * What may be shown back in a form that refused the text: the text without its control and invisible
     * formatting characters (a bidi override echoed into the page could disguise what it says).
     */
    public static String printable(String typed) {
        if (typed == null) {
            return null;
        }
        StringBuilder kept = new StringBuilder(typed.length());
        typed.codePoints().filter(c -> !isInvisible(c)).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    private static boolean isInvisible(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.CONTROL || type == Character.FORMAT;
    }
}
