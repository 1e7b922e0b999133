package com.airesume.accounts.control;

import com.airesume.accounts.entity.User;

/** A person's first or last name: present, not too long, and free of control and invisible formatting characters. */
public final class Names {

    private Names() {
    }

    public static boolean isValid(String name) {
        return name != null && !name.isBlank() && name.strip().length() <= User.NAME_MAX
                && name.codePoints().noneMatch(c -> Character.getType(c) == Character.CONTROL
                        || Character.getType(c) == Character.FORMAT);
    }
}
