package com.airesume.accounts.boundary;

import java.util.Objects;

/**
 * What the signup form hands the service, already checked by the form's rules.
 *
 * @param firstName first name as typed (trimmed by the entity)
 * @param lastName last name as typed
 * @param email the email, trimmed; its case is kept for display and ignored for uniqueness
 * @param password the chosen password, exactly as typed
 */
public record Signup(String firstName, String lastName, String email, String password) {

    public Signup {
        Objects.requireNonNull(firstName, "firstName");
        Objects.requireNonNull(lastName, "lastName");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(password, "password");
    }

    @Override
    public String toString() {
        return "Signup[" + email + "]";
    }
}
