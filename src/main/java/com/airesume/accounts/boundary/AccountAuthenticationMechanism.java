package com.airesume.accounts.boundary;

import com.airesume.accounts.entity.AuthEvent;
import com.airesume.platform.config.Settings;
import com.airesume.platform.web.DatabaseOutage;
import com.airesume.platform.web.ProxyHeaders;
import com.airesume.platform.web.RequestAdmissionFilter;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.RememberMe;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The application's own form login. The login page hands it a credential through
 * {@code SecurityContext.authenticate}; it applies the per-address limit, asks the identity stores, and, when
 * asked, lets Jakarta Security remember the login for two weeks in an HttpOnly cookie ({@code @RememberMe},
 * which has no effect on the built-in form mechanisms). A visitor of a protected page is sent to the login page
 * with the page in {@code next}, where the login returns ({@link com.airesume.accounts.control.LocalPaths} keeps
 * that on this site).
 *
 * <p>The login is kept in the session by this class, caller and groups together ({@link SignedIn}), and handed
 * to the container in full on every request. {@code @AutoApplySession} hands over only the principal and leaves
 * the groups to Payara's reuse of its own session principal, which a request racing the login (or, per Payara
 * issue 6342, another cluster member) can miss: the person is logged in and gets 403 on their own profile.
 */
@ApplicationScoped
@RememberMe(cookieName = "REMEMBER_ME", cookieMaxAgeSeconds = 1_209_600,
        cookieSecureOnlyExpression = "#{self.secureCookies}",
        isRememberMeExpression = "#{self.isRememberMe(httpMessageContext)}")
@DeclareRoles({AccountIdentityStore.USER, AccountIdentityStore.ADMIN})
public class AccountAuthenticationMechanism implements HttpAuthenticationMechanism {

    private static final Logger LOG = Logger.getLogger(AccountAuthenticationMechanism.class.getName());
    private static final String OUTAGE = AccountAuthenticationMechanism.class.getName() + ".outage";
    static final String LOGIN_PAGE = "/accounts/login/";
    static final String SIGNED_IN = AccountAuthenticationMechanism.class.getName() + ".signedIn";

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    LoginThrottles throttles;

    @Inject
    AuthEvents events;

    @Inject
    Settings settings;

    @Inject
    CurrentUser currentUser;

    @Inject
    LoginRefusal refusals;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential == null && RequestAdmissionFilter.isStaticResource(request)) {
            // The stylesheet, scripts and images are the same for everyone: no account lookup for them.
            return context.doNothing();
        }
        if (credential == null) {
            HttpSession session = request.getSession(false);
            if (session != null && session.getAttribute(SIGNED_IN) instanceof SignedIn signedIn) {
                Optional<Set<String>> groups = currentGroups(signedIn);
                if (groups.isPresent()) {
                    return context.notifyContainerAboutLogin(new CallerPrincipal(signedIn.caller()), groups.get());
                }
                session.removeAttribute(SIGNED_IN);
            }
            if (context.isProtected()) {
                String asked = request.getRequestURI() + (request.getQueryString() == null ? ""
                        : "?" + request.getQueryString());
                return context.redirect(request.getContextPath() + LOGIN_PAGE + "?next="
                        + URLEncoder.encode(asked, StandardCharsets.UTF_8));
            }
            return context.doNothing();
        }
        try {
            String address = ProxyHeaders.clientAddress(request);
            if (!throttles.allowAttemptFrom(address)) {
                LOG.warning(() -> "Too many login attempts from " + address + "; refused");
                events.record(AuthEvent.Kind.LOGIN_FAILED, null, typed(credential), request,
                        "too many attempts from this address");
                return context.notifyContainerAboutLogin(CredentialValidationResult.INVALID_RESULT);
            }
            CredentialValidationResult result = identityStores.validate(credential);
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                request.getSession().setAttribute(SIGNED_IN, new SignedIn(result.getCallerPrincipal().getName(),
                        Set.copyOf(result.getCallerGroups())));
                events.record(AuthEvent.Kind.LOGIN_OK, Long.valueOf(result.getCallerPrincipal().getName()),
                        typed(credential), request, null);
            } else {
                events.record(AuthEvent.Kind.LOGIN_FAILED, refusals.account().orElse(null), typed(credential),
                        request, refusals.find()
                        .map(why -> why.name().toLowerCase(Locale.ROOT).replace('_', ' ')).orElse(null));
            }
            return context.notifyContainerAboutLogin(result);
        } catch (RuntimeException e) {
            if (!DatabaseOutage.isOutage(e)) {
                throw e;
            }
            // Jakarta Security reports any exception here as a plain failure; keep it for the login page,
            // which must answer "we'll be right back", not "wrong password".
            request.setAttribute(OUTAGE, e);
            return context.notifyContainerAboutLogin(CredentialValidationResult.INVALID_RESULT);
        }
    }

    /**
     * The groups of the session's caller as the database has them now, so a role granted or removed by an
     * administrator counts from the next request, on every instance (Payara issue 6342: a member may not have the
     * groups of a session another member began). Empty when the account is gone or locked: the session is no longer
     * signed in. While the database is out, the groups of the login stand, and the page will say the database is out.
     */
    private Optional<Set<String>> currentGroups(SignedIn signedIn) {
        try {
            return currentUser.signedIn(Long.parseLong(signedIn.caller())).filter(user -> !user.isLocked())
                    .map(AccountIdentityStore::groups);
        } catch (RuntimeException e) {
            if (!DatabaseOutage.isOutage(e)) {
                throw e;
            }
            return Optional.of(signedIn.groups());
        }
    }

    /**
     * Who is logged in on a session, and in which groups; serializable, so it travels with a distributed session.
     *
     * @param caller the caller principal's name (the user's id)
     * @param groups the groups the identity store gave at login
     */
    record SignedIn(String caller, Set<String> groups) implements Serializable {
    }

    /** The database failure that made a login fail, when there was one: rethrown by the login page. */
    static Optional<RuntimeException> outageOf(HttpServletRequest request) {
        return Optional.ofNullable((RuntimeException) request.getAttribute(OUTAGE));
    }

    /** Read by {@code @RememberMe}: the login form's "Remember me" box. */
    public Boolean isRememberMe(HttpMessageContext context) {
        return context.getAuthParameters().isRememberMe();
    }

    /** Read by {@code @RememberMe}: the cookie is Secure in production behind the TLS proxy. */
    public boolean isSecureCookies() {
        return !settings.debug() && settings.trustedProxyCount() > 0;
    }

    /** The email or username as typed, for the audit log. */
    private static String typed(Credential credential) {
        return credential instanceof UsernamePasswordCredential password ? password.getCaller() : null;
    }
}
