package com.airesume.accounts.boundary;

import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;

/** Which unique constraint of ours a failed write broke, read from the driver's exception. */
final class UniqueConstraints {

    private UniqueConstraints() {
    }

    static Optional<String> violated(Throwable failure) {
        for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                String message = String.valueOf(sql.getMessage()).toLowerCase(Locale.ROOT);
                for (String name : new String[] {"uq_users_email_key", "uq_users_username_key"}) {
                    if (message.contains(name)) {
                        return Optional.of(name);
                    }
                }
                return Optional.of("unknown");
            }
        }
        return Optional.empty();
    }
}
