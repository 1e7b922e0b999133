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

    /**
     * Reads the account of a session's caller once for the whole request; the authentication mechanism calls it
     * before the page asks.
     */
    Optional<User> signedIn(long id) {
        user = accounts.findById(id);
        return user;
    }

    /**
     * The signed-in person's id, read from the caller principal without a query (for pages and services that need
     * only the id, like a resume's owner).
     *
     * @throws IllegalStateException when nobody is signed in (the page's security constraint should have sent them
     *         to the login)
     */
    public long id() {
        Principal principal = securityContext.getCallerPrincipal();
        return Optional.ofNullable(principal).flatMap(p -> parse(p.getName()))
                .orElseThrow(() -> new IllegalStateException("Nobody is signed in"));
    }

    public boolean isSignedIn() {
        return find().isPresent();
    }

    public String getFirstName() {
        return find().map(User::getFirstName).orElse("");
    }

    /** First and last name, as a resume's heading would show them. */
    public String getFullName() {
        return find().map(u -> (u.getFirstName() + " " + u.getLastName()).strip()).orElse("");
    }

    /** The media store's key of the profile photo, if there is one. */
    public Optional<String> photo() {
        return find().map(User::getPhoto);
    }

    public String getEmail() {
        return find().map(User::getEmail).orElse("");
    }

    private static Optional<Long> parse(String id) {
        try {
            return Optional.of(Long.valueOf(id));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
