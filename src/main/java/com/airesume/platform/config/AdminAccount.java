package com.airesume.platform.config;

import java.util.Objects;

/**
 * The administrator that boot ensures exists, from {@code ADMIN_EMAIL} and {@code ADMIN_PASSWORD}.
 *
 * @param email the admin's email
 * @param password the admin's password
 */
public record AdminAccount(String email, Secret password) {

    public AdminAccount {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(password, "password");
    }
}
