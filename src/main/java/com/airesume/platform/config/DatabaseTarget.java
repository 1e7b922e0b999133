package com.airesume.platform.config;

import java.util.Objects;
import java.util.Optional;

/**
 * Where the data lives: a JDBC URL with the credentials kept apart, and the words the boot report uses.
 *
 * @param kind the database product
 * @param jdbcUrl the URL handed to the driver, without user or password
 * @param user the user name, if any
 * @param password the password, if any; masked in every string form
 * @param host the host (or the file path for the embedded database), for the boot report
 * @param name the database name, for the boot report
 */
public record DatabaseTarget(Kind kind, String jdbcUrl, Optional<String> user, Optional<Secret> password,
        String host, String name) {

    /** The products the migrations are written for. */
    public enum Kind {
        POSTGRESQL("PostgreSQL"),
        H2("embedded H2");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public DatabaseTarget {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(name, "name");
    }

    public boolean embedded() {
        return kind == Kind.H2;
    }

    /** Kind, host and name: what an operator needs to recognise the database, and nothing secret. */
    public String describe() {
        return embedded()
                ? kind.label() + " database '" + name + "' in " + host
                : kind.label() + " database '" + name + "' on " + host;
    }

    @Override
    public String toString() {
        return describe();
    }
}
