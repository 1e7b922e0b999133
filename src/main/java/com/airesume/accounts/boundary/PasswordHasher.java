package com.airesume.accounts.boundary;

import com.airesume.accounts.control.PasswordHashes;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

/**
 * Jakarta Security's PBKDF2 with today's parameters. {@link #verifyNothing} spends the same time as a real
 * check, so a login for an unknown account takes as long as one with a wrong password.
 */
@ApplicationScoped
public class PasswordHasher {

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    private String dummyHash;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(PasswordHashes.parameters());
        dummyHash = pbkdf2.generate("not a real password, only spends the time".toCharArray());
    }

    public String hash(String password) {
        return pbkdf2.generate(password.toCharArray());
    }

    public boolean verify(String password, String stored) {
        return pbkdf2.verify(password.toCharArray(), stored);
    }

    public void verifyNothing(String password) {
        pbkdf2.verify(password.toCharArray(), dummyHash);
    }
}
