package com.airesume.accounts.control;

import com.airesume.accounts.entity.User;
import java.util.regex.Pattern;

/**
 * Whether a typed email can be an account's: one address, no display name, no spaces or control characters
 * (nothing a user types may reach a mail header unchecked), a dotted domain, at most 254 characters.
 */
public final class Emails {

    private static final Pattern ADDRESS = Pattern.compile(
            "[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                    + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

    private Emails() {
    }

    public static boolean isValid(String email) {
        return email != null && email.length() <= User.EMAIL_MAX && ADDRESS.matcher(email).matches()
                && !email.startsWith(".") && !email.contains("..");
    }
}
