package com.airesume.accounts.boundary;

import com.airesume.accounts.control.LocalPaths;
import com.airesume.platform.web.SessionPolicy;
import com.airesume.platform.web.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * {@code /accounts/login/}: hands the credential to Jakarta Security. One message for every failure, so the
 * page never tells whether an account exists or is blocked; only the right password for an account an
 * administrator locked learns that it is locked.
 */
@Named
@RequestScoped
public class LoginBacking {

    @Inject
    SecurityContext securityContext;

    @Inject
    Clock clock;

    @Inject
    LoginRefusal refusals;

    private String login;
    private String password;
    private boolean rememberMe;
    private String next;

    public void logIn() throws IOException {
        if (login == null || login.isBlank() || password == null || password.isEmpty()) {
            Messages.addError(login == null || login.isBlank() ? "login" : "password",
                    Texts.get(login == null || login.isBlank() ? "accounts.login.login.missing"
                            : "accounts.login.password.missing"));
            return;
        }
        HttpServletRequest request = Faces.getRequest();
        HttpServletResponse response = Faces.getResponse();
        AuthenticationStatus status = securityContext.authenticate(request, response, AuthenticationParameters
                .withParams().credential(new UsernamePasswordCredential(login.strip(), password))
                .rememberMe(rememberMe).newAuthentication(true));
        switch (status) {
            case SEND_CONTINUE -> Faces.responseComplete();
            case SUCCESS -> {
                request.changeSessionId();
                request.getSession().setMaxInactiveInterval(SessionPolicy.SIGNED_IN_TIMEOUT_SECONDS);
                SessionRevocationFilter.restamp(request, clock.instant());
                // Not Faces.redirect: it runs the URL through String.format, and a path may hold a "%".
                Faces.getExternalContext().redirect(LocalPaths.safe(next)
                        .orElse(request.getContextPath() + "/dashboard/"));
            }
            default -> {
                var outage = AccountAuthenticationMechanism.outageOf(request);
                if (outage.isPresent()) {
                    throw outage.get();
                }
                boolean locked = refusals.find().filter(AccountIdentityStore.Refusal.LOCKED::equals).isPresent();
                Messages.addError(null, Texts.get(locked ? "accounts.login.locked" : "accounts.login.failed"));
            }
        }
    }

    public String getLogin() {
        return login;
    }

    public void setLogin(String login) {
        this.login = login;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }

    public boolean isRememberMe() {
        return rememberMe;
    }

    public void setRememberMe(boolean rememberMe) {
        this.rememberMe = rememberMe;
    }
}
