package com.airesume.accounts.boundary;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.airesume.accounts.control.ResetCodes;
import com.airesume.accounts.control.TokenDigests;
import com.airesume.accounts.entity.PasswordReset.Outcome;
import com.airesume.platform.config.Settings;
import com.airesume.platform.database.DatabaseSchema;
import com.airesume.testing.AdjustableClock;
import com.airesume.testing.Deployments;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The reset service in the container, on the run's database, with a clock the test moves: expiry, the window for
 * the new password, the daily limit across codes, and parallel guesses. The code each reset mails is random, so
 * the test puts the HMAC of a code it knows in its place.
 */
@ExtendWith(ArquillianExtension.class)
class PasswordResetsIT {

    private static final String PASSWORD = "violet tractor umbrella 42";
    private static final String CODE = "314159";

    @Deployment
    static WebArchive application() {
        return Deployments.builtWar().addClass(AdjustableClock.class);
    }

    @Inject
    PasswordResets resets;

    @Inject
    AccountService accounts;

    @Inject
    Settings settings;

    @Inject
    Clock clock;

    @Resource
    ManagedExecutorService executor;

    @Resource(lookup = DatabaseSchema.DATA_SOURCE)
    DataSource dataSource;

    @AfterEach
    void resetClock() {
        AdjustableClock.reset();
    }

    @Test
    void aCodeIsGoodForFiveMinutes() throws Exception {
        String early = start(newEmail());
        AdjustableClock.advance(Duration.ofMinutes(5).minusSeconds(1));
        assertEquals(Outcome.VERIFIED, resets.verify(early, CODE).orElseThrow().outcome());

        AdjustableClock.reset();
        String late = start(newEmail());
        AdjustableClock.advance(Duration.ofMinutes(5));
        assertEquals(Outcome.EXPIRED, resets.verify(late, CODE).orElseThrow().outcome());
    }

    @Test
    void aVerifiedCodeAllowsOneNewPasswordWithinFifteenMinutes() throws Exception {
        String slow = start(newEmail());
        resets.verify(slow, CODE);
        assertTrue(resets.find(slow).orElseThrow().verified());
        AdjustableClock.advance(Duration.ofMinutes(15));
        assertFalse(resets.setPassword(slow, "copper lantern meadow 77"), "too late");

        String prompt = start(newEmail());
        resets.verify(prompt, CODE);
        assertAll(() -> assertTrue(resets.setPassword(prompt, "copper lantern meadow 77")),
                () -> assertFalse(resets.setPassword(prompt, "harbour pepper quilt 58"), "the reset is used up"),
                () -> assertEquals(Outcome.USED, resets.verify(prompt, CODE).orElseThrow().outcome()));
    }

    @Test
    void twentyWrongCodesInADayLockTheAccountsResetsUntilTomorrow() throws Exception {
        String email = newEmail();
        long day = clock.millis() / Duration.ofDays(1).toMillis();
        for (int code = 0; code < 4; code++) {
            AdjustableClock.advance(Duration.ofMinutes(16));
            String browser = start(email);
            for (int wrong = 0; wrong < 5; wrong++) {
                resets.verify(browser, "000000");
            }
        }
        AdjustableClock.advance(Duration.ofMinutes(16));
        String fifth = start(email);
        Outcome outcome = resets.verify(fifth, CODE).orElseThrow().outcome();
        assumeTrue(day == clock.millis() / Duration.ofDays(1).toMillis(), "the test straddled midnight UTC");
        assertEquals(Outcome.DEAD, outcome, "the right code of a fresh reset is refused after 20 wrong ones");
    }

    @Test
    void parallelGuessesGetFiveTriesBetweenThem() throws Exception {
        String browser = start(newEmail());
        List<Callable<Outcome>> guesses = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            String guess = String.format("%06d", i);
            guesses.add(() -> resets.verify(browser, guess).orElseThrow().outcome());
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (Future<Outcome> future : executor.invokeAll(guesses)) {
            outcomes.add(future.get());
        }
        Map<Outcome, Long> counted = outcomes.stream().collect(Collectors.groupingBy(Function.identity(),
                Collectors.counting()));
        assertAll(() -> assertEquals(4L, counted.get(Outcome.WRONG), counted.toString()),
                () -> assertEquals(1L, counted.get(Outcome.TOO_MANY), counted.toString()),
                () -> assertEquals(11L, counted.get(Outcome.DEAD), counted.toString()));
    }

    private String newEmail() {
        String email = "expiry-" + UUID.randomUUID() + "@example.com";
        accounts.signUp(new Signup("Katherine", "Johnson", email, PASSWORD));
        return email;
    }

    /** A reset as step 1 makes it, from a client address of its own, with {@link #CODE} as its code. */
    private String start(String email) throws SQLException {
        String browser = TokenDigests.newToken();
        resets.request(email, "test-" + UUID.randomUUID(), browser);
        String secret = settings.secretKey().reveal();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE password_resets SET code_hash = ? WHERE browser_hash = ?")) {
            update.setString(1, ResetCodes.digest(secret, CODE));
            update.setString(2, ResetCodes.browserDigest(secret, browser));
            assertEquals(1, update.executeUpdate());
        }
        return browser;
    }
}
