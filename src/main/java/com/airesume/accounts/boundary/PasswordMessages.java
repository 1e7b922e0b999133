package com.airesume.accounts.boundary;

import com.airesume.accounts.control.PasswordPolicy;
import com.airesume.platform.web.Texts;
import java.util.Locale;

/** What a person reads when a new password breaks the policy: one bundle text per problem, on every page. */
final class PasswordMessages {

    private PasswordMessages() {
    }

    static String of(PasswordPolicy.Problem problem) {
        return Texts.get("accounts.password." + problem.name().toLowerCase(Locale.ROOT), PasswordPolicy.MIN_LENGTH,
                PasswordPolicy.MAX_LENGTH);
    }
}
