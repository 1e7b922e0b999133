package com.airesume.accounts.boundary;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.airesume.accounts.entity.User;
import com.airesume.platform.database.DatabaseSchema;
import com.airesume.testing.Deployments;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Accounts against the run's real database, in the container: signup races, login, tokens, throttling. */
@ExtendWith(ArquillianExtension.class)
class AccountServiceIT {

    private static final String PASSWORD = "violet tractor umbrella 42";

    @Deployment
    static WebArchive application() {
        return Deployments.builtWar();
    }

    @Inject
    AccountService accounts;

    @Inject
    AccountIdentityStore identityStore;

    @Inject
    RememberMeTokens tokens;

    @Inject
    LoginThrottles throttles;

    @Resource
    ManagedExecutorService executor;

    @Resource(lookup = DatabaseSchema.DATA_SOURCE)
    DataSource dataSource;

    @Test
    void twentyConcurrentSignupsWithOneEmailMakeOneUser() throws Exception {
        String email = "race-" + UUID.randomUUID() + "@example.com";
        List<Callable<String>> signups = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String typed = i % 2 == 0 ? email : email.toUpperCase(java.util.Locale.ROOT);
            signups.add(() -> {
                try {
                    accounts.signUp(new Signup("Ada", "Lovelace", typed, PASSWORD));
                    return "created";
                } catch (EmailTakenException e) {
                    return "taken";
                }
            });
        }
        List<String> outcomes = new ArrayList<>();
        for (Future<String> outcome : executor.invokeAll(signups)) {
            try {
                outcomes.add(outcome.get());
            } catch (ExecutionException e) {
                outcomes.add("failed: " + e.getCause());
            }
        }
        Map<String, Long> counted = outcomes.stream().collect(Collectors.groupingBy(Function.identity(),
                Collectors.counting()));
        assertEquals(Map.of("created", 1L, "taken", 19L), counted);
        assertEquals(1, count("SELECT COUNT(*) FROM users WHERE email_key = ?", email));
    }

    @Test
    void usernamesAreDerivedAndNumberedWhenTaken() {
        String local = "grace" + UUID.randomUUID().toString().substring(0, 6);
        User first = accounts.signUp(new Signup("Grace", "Hopper", local + "@one.example", PASSWORD));
        User second = accounts.signUp(new Signup("Grace", "Hopper", local + "@two.example", PASSWORD));
        assertEquals(local, first.getUsername());
        assertEquals(local + "2", second.getUsername());
    }

    @Test
    void logInByEmailOrUsernameInAnyCaseAndNothingElse() {
        User user = newUser();
        CredentialValidationResult byEmail = login(user.getEmail().toUpperCase(java.util.Locale.ROOT), PASSWORD);
        CredentialValidationResult byUsername = login(" " + user.getUsername() + " ", PASSWORD);
        assertAll(() -> assertEquals(CredentialValidationResult.Status.VALID, byEmail.getStatus()),
                () -> assertEquals(user.getId().toString(), byEmail.getCallerPrincipal().getName()),
                () -> assertEquals(java.util.Set.of("USER"), byEmail.getCallerGroups()),
                () -> assertEquals(CredentialValidationResult.Status.VALID, byUsername.getStatus()),
                () -> assertEquals(CredentialValidationResult.Status.INVALID, login(user.getEmail(), "wrong password!").getStatus()),
                () -> assertEquals(CredentialValidationResult.Status.INVALID, login("nobody@example.com", PASSWORD).getStatus()));
    }

    @Test
    void passwordsAreStoredAsPbkdf2With600000Iterations() throws SQLException {
        User user = newUser();
        String stored = text("SELECT password_hash FROM users WHERE id = ?", user.getId());
        assertTrue(stored.startsWith("PBKDF2WithHmacSHA256:600000:"), stored);
        assertFalse(stored.contains(PASSWORD));
    }

    @Inject
    Pbkdf2PasswordHash olderHash;

    @Test
    void aHashWithOlderParametersIsUpgradedAtTheNextLogin() throws SQLException {
        User user = newUser();
        olderHash.initialize(Map.of("Pbkdf2PasswordHash.Iterations", "210000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "16"));
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement("UPDATE users SET password_hash = ? WHERE id = ?")) {
            update.setString(1, olderHash.generate(PASSWORD.toCharArray()));
            update.setLong(2, user.getId());
            update.executeUpdate();
        }
        assertTrue(text("SELECT password_hash FROM users WHERE id = ?", user.getId()).contains(":210000:"));
        assertEquals(CredentialValidationResult.Status.VALID, login(user.getEmail(), PASSWORD).getStatus());
        String upgraded = text("SELECT password_hash FROM users WHERE id = ?", user.getId());
        assertTrue(upgraded.startsWith("PBKDF2WithHmacSHA256:600000:"), upgraded);
        assertEquals(CredentialValidationResult.Status.VALID, login(user.getEmail(), PASSWORD).getStatus());
    }

    @Test
    void afterFiveFailuresEvenTheRightPasswordWaitsUntilAResetUnlocks() {
        User user = newUser();
        for (int i = 0; i < 5; i++) {
            assertEquals(CredentialValidationResult.Status.INVALID, login(user.getUsername(), "wrong password " + i).getStatus());
        }
        assertEquals(CredentialValidationResult.Status.INVALID, login(user.getEmail(), PASSWORD).getStatus(),
                "a blocked account let the right password in");
        throttles.reset("user:" + user.getId());
        assertEquals(CredentialValidationResult.Status.VALID, login(user.getEmail(), PASSWORD).getStatus());
    }

    @Test
    void successClearsTheFailureCount() {
        User user = newUser();
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < 4; i++) {
                login(user.getEmail(), "wrong password " + i);
            }
            assertEquals(CredentialValidationResult.Status.VALID, login(user.getEmail(), PASSWORD).getStatus());
        }
    }

    @Test
    void rememberMeTokensAreStoredHashedBoundToTheUserAndRevocable() throws SQLException {
        User user = newUser();
        String token = tokens.issue(user.getId());
        assertAll(() -> assertEquals(user.getId(), tokens.userOf(token).orElseThrow().getId()),
                () -> assertEquals(0, count("SELECT COUNT(*) FROM remember_me_tokens WHERE token_hash = ?", token)),
                () -> assertEquals(1, tokens.countFor(user.getId())),
                () -> assertTrue(tokens.userOf(token + "x").isEmpty()));
        tokens.revoke(token);
        assertTrue(tokens.userOf(token).isEmpty());
        String other = tokens.issue(user.getId());
        assertNotEquals(token, other);
        tokens.revokeAll(user.getId());
        assertEquals(0, tokens.countFor(user.getId()));
    }

    @Test
    void oneAddressGetsThirtyAttemptsAMinute() {
        String address = "198.51.100." + (int) (Math.random() * 200);
        long minute = System.currentTimeMillis() / 60_000;
        int allowed = 0;
        for (int i = 0; i < 35; i++) {
            if (throttles.allowAttemptFrom(address)) {
                allowed++;
            }
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(minute == System.currentTimeMillis() / 60_000,
                "the attempts straddled two one-minute windows");
        assertEquals(30, allowed);
    }

    private User newUser() {
        return accounts.signUp(new Signup("Alan", "Turing", "alan-" + UUID.randomUUID() + "@example.com", PASSWORD));
    }

    private CredentialValidationResult login(String login, String password) {
        return identityStore.validate(new UsernamePasswordCredential(login, password));
    }

    private long count(String sql, Object parameter) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, parameter);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    private String text(String sql, Object parameter) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, parameter);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getString(1);
            }
        }
    }
}
