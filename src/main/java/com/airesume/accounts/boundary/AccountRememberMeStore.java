package com.airesume.accounts.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.credential.RememberMeCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.RememberMeIdentityStore;
import java.util.Set;

/** Jakarta Security's view of {@link RememberMeTokens}. */
@ApplicationScoped
public class AccountRememberMeStore implements RememberMeIdentityStore {

    @Inject
    RememberMeTokens tokens;

    @Override
    public CredentialValidationResult validate(RememberMeCredential credential) {
        return tokens.userOf(credential.getToken()).filter(user -> !user.isLocked())
                .map(user -> new CredentialValidationResult(new CallerPrincipal(user.getId().toString()),
                        AccountIdentityStore.groups(user)))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }

    @Override
    public String generateLoginToken(CallerPrincipal callerPrincipal, Set<String> groups) {
        return tokens.issue(Long.parseLong(callerPrincipal.getName()));
    }

    @Override
    public void removeLoginToken(String token) {
        tokens.revoke(token);
    }
}
