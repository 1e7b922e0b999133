package com.airesume.accounts.boundary;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.airesume.accounts.control.BruteForceSchedule;
import com.airesume.testing.ConsoleMail;
import com.airesume.testing.FacesClient;
import com.airesume.testing.FacesClient.Page;
import com.airesume.testing.RunningApp;
import com.airesume.testing.SharedApp;
import com.airesume.testing.TestDatabases;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The audit log through the real pages: the boot's administrator, a signup, a failed and a good login, an email
 * verified after a wrong code, a password reset (request, a wrong and the right code, the new password) and the
 * failures that end in a lockout each leave their row, with the account it concerns (found by the address on the reset pages), what was typed,
 * the client's address (the one behind the trusted proxy) and its browser. The rows are read from the database
 * after the app has stopped.
 */
class AuthEventsIT {

    private static final String PASSWORD = "saffron pylon meadow 2291";
    private static final String NEW_PASSWORD = "harbor tulip engine 7305";
    private static final String CLIENT = "203.0.113.77";

    @Test
    void eachAuthenticationEventLeavesARow() throws Exception {
        Path dataDir = SharedApp.dataDir("audit");
        String database = TestDatabases.postgres() ? TestDatabases.fresh("audit") : null;
        Map<String, String> env = RunningApp.debugEnvironment(dataDir);
        if (database != null) {
            env.put("DATABASE_URL", TestDatabases.url(database));
        }
        env.put("TRUSTED_PROXY_COUNT", "1");
        env.put("ADMIN_EMAIL", "root@example.com");
        env.put("ADMIN_PASSWORD", "quiet granite harbor 6650");
        try (RunningApp app = RunningApp.start("audit", env).awaitReady()) {
            FacesClient client = new FacesClient(app, CLIENT);
            Page signedUp = client.submit("/accounts/signup/", "signup", Map.of("firstName", "Ida", "lastName",
                    "Audit", "email", "ida@example.com", "password", PASSWORD, "confirmPassword", PASSWORD),
                    "submit");
            assertEquals("/accounts/login/", signedUp.path(), signedUp.messages().toString());
            client.submit("/accounts/login/", "loginForm", Map.of("login", "ida@example.com", "password",
                    "wrong one"), "submit");
            Page dashboard = client.submit("/accounts/login/", "loginForm", Map.of("login", "ida@example.com",
                    "password", PASSWORD), "submit");
            assertEquals("/dashboard/", dashboard.path(), dashboard.messages().toString());
            String verifyCode = ConsoleMail.awaitCode(app, "ida@example.com", "Confirm your email address for AI Resume Builder");
            client.submit("/accounts/verify-email/", "verifyForm", Map.of("code", otherThan(verifyCode)), "submit");
            Page verified = client.submit("/accounts/verify-email/", "verifyForm", Map.of("code", verifyCode),
                    "submit");
            assertEquals("/dashboard/", verified.path(), verified.messages().toString());

            FacesClient resetting = new FacesClient(app, CLIENT);
            resetting.submit("/accounts/password/reset/", "resetForm", Map.of("email", "ida@example.com"), "submit");
            String resetCode = ConsoleMail.awaitCode(app, "ida@example.com", "Your AI Resume Builder password reset code");
            resetting.submit("/accounts/password/reset/verify/", "verifyForm", Map.of("code", otherThan(resetCode)),
                    "submit");
            resetting.submit("/accounts/password/reset/verify/", "verifyForm", Map.of("code", resetCode), "submit");
            Page changed = resetting.submit("/accounts/password/reset/set/", "setForm", Map.of("newPassword",
                    NEW_PASSWORD, "confirmPassword", NEW_PASSWORD), "submit");
            assertEquals("/accounts/login/", changed.path(), changed.messages().toString());

            for (int i = 0; i < BruteForceSchedule.FREE_FAILURES; i++) {
                resetting.submit("/accounts/login/", "loginForm", Map.of("login", "ida@example.com", "password",
                        "guess " + i), "submit");
            }
        }

        List<String> rows = new ArrayList<>();
        try (Connection connection = database != null ? TestDatabases.connect(database)
                : DriverManager.getConnection("jdbc:h2:file:" + dataDir.resolve("db/resumes")
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;IFEXISTS=TRUE", "sa", "");
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT kind, user_id IS NOT NULL, subject, address,"
                        + " user_agent, detail FROM auth_events ORDER BY id")) {
            while (result.next()) {
                rows.add(result.getString(1) + "|" + result.getBoolean(2) + "|" + result.getString(3) + "|"
                        + result.getString(4) + "|" + (result.getString(5) == null ? "" : "browser") + "|"
                        + (result.getString(6) == null ? null : result.getString(6).replaceFirst(", until .*", "")));
            }
        } catch (SQLException e) {
            throw new AssertionError("reading auth_events", e);
        }
        assertAll(() -> assertEquals(List.of(
                        "ADMIN_ACTION|true|root@example.com|null||ADMIN_EMAIL at boot: made admin",
                        "SIGNUP|true|ida@example.com|" + CLIENT + "|browser|null",
                                "LOGIN_FAILED|true|ida@example.com|" + CLIENT + "|browser|wrong password",
                        "LOGIN_OK|true|ida@example.com|" + CLIENT + "|browser|null",
                                "CODE_FAILED|true|ida@example.com|" + CLIENT + "|browser|email verification: wrong",
                        "EMAIL_VERIFIED|true|ida@example.com|" + CLIENT + "|browser|null",
                        "RESET_REQUESTED|true|ida@example.com|" + CLIENT + "|browser|null",
                        "CODE_FAILED|true|ida@example.com|" + CLIENT + "|browser|wrong",
                        "CODE_VERIFIED|true|ida@example.com|" + CLIENT + "|browser|null",
                        "PASSWORD_CHANGED|true|ida@example.com|" + CLIENT + "|browser|by reset code",
                        "LOGIN_FAILED|true|ida@example.com|" + CLIENT + "|browser|wrong password",
                        "LOGIN_FAILED|true|ida@example.com|" + CLIENT + "|browser|wrong password",
                        "LOGIN_FAILED|true|ida@example.com|" + CLIENT + "|browser|wrong password",
                        "LOGIN_FAILED|true|ida@example.com|" + CLIENT + "|browser|wrong password",
                        "LOCKOUT|true|user:2|null||after 5 failures",
                        "LOGIN_FAILED|true|ida@example.com|" + CLIENT + "|browser|wrong password"), rows),
                () -> assertTrue(rows.stream().noneMatch(r -> r.contains(PASSWORD)), "no password is kept"));
    }

    private static String otherThan(String code) {
        return code.equals("000000") ? "111111" : "000000";
    }
}
