package com.airesume.accounts.boundary;

import com.airesume.accounts.entity.User;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;

/** The signed-in person of this request, for pages ({@code #{currentUser}}) and services. */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityContext securityContext;

    @Inject
    AccountService accounts;

    private Optional<User> user;

    public Optional<User> find() {
        if (user == null) {
            Principal principal = securityContext.getCallerPrincipal();
            user = principal == null ? Optional.empty()
                    : parse(principal.getName()).flatMap(accounts::findById);
        }
        return user;
    }

    public boolean isSignedIn() {
        return find().isPresent();
    }

    public String getFirstName() {
        return find().map(User::getFirstName).orElse("");
    }

    private static Optional<Long> parse(String id) {
        try {
            return Optional.of(Long.valueOf(id));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
