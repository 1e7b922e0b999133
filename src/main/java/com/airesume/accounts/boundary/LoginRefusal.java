package com.airesume.accounts.boundary;

import com.airesume.accounts.boundary.AccountIdentityStore.Refusal;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/**
 * Why this request's login was refused, passed from the identity store (which Jakarta Security lets answer only
 * valid or invalid) to the mechanism's audit line and the login page.
 */
@RequestScoped
public class LoginRefusal {

    private Refusal refusal;
    private Long userId;

    /** @param account the account the login named, or null when it names none */
    void refuse(Refusal why, Long account) {
        refusal = why;
        userId = account;
    }

    public Optional<Refusal> find() {
        return Optional.ofNullable(refusal);
    }

    /** The account the refused login named, if it named one: its audit line belongs to that account. */
    public Optional<Long> account() {
        return Optional.ofNullable(userId);
    }
}
