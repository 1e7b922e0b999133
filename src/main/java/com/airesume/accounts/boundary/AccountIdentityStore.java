package com.airesume.accounts.boundary;

import com.airesume.accounts.control.PasswordHashes;
import com.airesume.accounts.entity.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Checks an email-or-username and password against the users table.
 *
 * <p>Every outcome but success looks the same to the caller and takes the same time: an unknown name and a
 * blocked account still run one PBKDF2 verification. Failures are counted per account (or per unknown name,
 * lower-cased and digested) and a blocked account is refused even with the right password. The caller principal is the
 * user's id, which survives a change of email or username.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    public static final String USER = "USER";
    public static final String ADMIN = "ADMIN";
    private static final Logger LOG = Logger.getLogger(AccountIdentityStore.class.getName());

    @Inject
    MetricRegistry metrics;

    @Inject
    AccountService accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    LoginThrottles throttles;

    @Inject
    LoginRefusal refusals;

    /** Why a login was refused: for the audit log, and, for a locked account with the right password, its page. */
    public enum Refusal {
        UNKNOWN, WRONG_PASSWORD, BLOCKED, LOCKED
    }

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        String login = credential.getCaller() == null ? "" : credential.getCaller().strip();
        String password = credential.getPasswordAsString();
        Optional<User> found = isPlausible(login) ? accounts.findByLogin(login) : Optional.empty();
        String key = found.map(u -> LoginThrottles.accountKey(u.getId())).orElse("name:" + digest(login.toLowerCase(Locale.ROOT)));
        if (throttles.isBlocked(key)) {
            hasher.verifyNothing(password);
            LOG.warning(() -> "Login refused while blocked: " + key);
            refusals.refuse(Refusal.BLOCKED, found.map(User::getId).orElse(null));
            count("blocked");
            return CredentialValidationResult.INVALID_RESULT;
        }
        if (found.isEmpty() || !hasher.verify(password, found.get().getPasswordHash())) {
            if (found.isEmpty()) {
                hasher.verifyNothing(password);
            }
            throttles.recordFailure(key);
            refusals.refuse(found.isEmpty() ? Refusal.UNKNOWN : Refusal.WRONG_PASSWORD,
                    found.map(User::getId).orElse(null));
            LOG.info(() -> "Login failed for " + key);
            count("failed");
            return CredentialValidationResult.INVALID_RESULT;
        }
        User user = found.get();
        if (user.isLocked()) {
            LOG.info(() -> "Login refused: account locked by an administrator: " + key);
            refusals.refuse(Refusal.LOCKED, user.getId());
            count("locked");
            return CredentialValidationResult.INVALID_RESULT;
        }
        throttles.reset(key);
        if (PasswordHashes.isOutdated(user.getPasswordHash())) {
            accounts.rehash(user.getId(), password);
        }
        count("ok");
        return new CredentialValidationResult(new CallerPrincipal(user.getId().toString()), groups(user));
    }

    /** Counts a login by its outcome in {@code logins_total} at {@code /metrics}. */
    private void count(String outcome) {
        metrics.counter("logins", new Tag("outcome", outcome)).inc();
    }

    /** Anything longer than an email or holding control characters names no account and is never queried. */
    private static boolean isPlausible(String login) {
        return !login.isEmpty() && login.length() <= User.EMAIL_MAX
                && login.codePoints().noneMatch(c -> Character.getType(c) == Character.CONTROL);
    }

    /** Unknown names are counted under a fixed-length digest: any text a client sends fits the key column. */
    private static String digest(String name) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(name.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    static Set<String> groups(User user) {
        return user.isAdmin() ? Set.of(USER, ADMIN) : Set.of(USER);
    }
}
