package com.airesume.accounts.boundary;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.airesume.testing.FacesClient;
import com.airesume.testing.FacesClient.Page;
import com.airesume.testing.RunningApp;
import com.airesume.testing.SharedApp;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code ADMIN_EMAIL} and {@code ADMIN_PASSWORD} through {@code payara/start}: the first boot creates the
 * administrator, who can log in; a second boot with the same settings changes nothing, one with a new password
 * sets it; a weak password stops the boot naming the variable. No boot logs the password.
 */
class AdminBootstrapIT {

    private static final String PASSWORD = "copper lantern orbit 4471";
    private static final String NEW_PASSWORD = "violet harbour engine 9083";

    private static Map<String, String> environment(Path dataDir, Map<String, String> database, String password) {
        Map<String, String> env = RunningApp.debugEnvironment(dataDir);
        env.putAll(database);
        env.put("TRUSTED_PROXY_COUNT", "1");
        env.put("ADMIN_EMAIL", "Ops@Example.com");
        env.put("ADMIN_PASSWORD", password);
        return env;
    }

    @Test
    void bootEnsuresTheAdministratorAndSaysWhatItChanged() {
        Path dataDir = SharedApp.dataDir("admin");
        Map<String, String> database = new HashMap<>(SharedApp.database("admin"));
        try (RunningApp first = RunningApp.start("admin-1", environment(dataDir, database, PASSWORD)).awaitReady()) {
            String output = first.output();
            assertAll(() -> assertTrue(output.contains("User successfully created: Ops@Example.com"), output),
                    () -> assertTrue(output.matches("(?s).*✅ Admin account ensured: Ops@Example\\.com \\(ID: \\d+,"
                            + " made admin\\).*"), output),
                    () -> assertFalse(output.contains(PASSWORD), "the password is never logged"));
            Page dashboard = new FacesClient(first, "198.51.100.7").submit("/accounts/login/", "loginForm",
                    Map.of("login", "ops@example.com", "password", PASSWORD), "submit");
            assertEquals("/dashboard/", dashboard.path(), dashboard.messages().toString());
        }
        try (RunningApp again = RunningApp.start("admin-2", environment(dataDir, database, PASSWORD)).awaitReady()) {
            assertTrue(again.output().matches("(?s).*✅ Admin account ensured: Ops@Example\\.com \\(ID: \\d+,"
                    + " unchanged\\).*"), again.output());
        }
        try (RunningApp changed = RunningApp.start("admin-3", environment(dataDir, database, NEW_PASSWORD))
                .awaitReady()) {
            String output = changed.output();
            assertAll(() -> assertTrue(output.contains("password set)"), output),
                    () -> assertFalse(output.contains(NEW_PASSWORD), "the password is never logged"));
            Page dashboard = new FacesClient(changed, "198.51.100.8").submit("/accounts/login/", "loginForm",
                    Map.of("login", "ops@example.com", "password", NEW_PASSWORD), "submit");
            assertEquals("/dashboard/", dashboard.path(), dashboard.messages().toString());
        }
    }

    @Test
    void aWeakAdminPasswordStopsTheBootNamingTheVariable() {
        Map<String, String> env = environment(SharedApp.dataDir("adminweak"), SharedApp.database("adminweak"),
                "password1");
        try (RunningApp app = RunningApp.start("admin-weak", env)) {
            assertEquals(78, app.awaitExit());
            assertTrue(app.output().contains("❌ Boot failed while putting the first rows in place: ADMIN_PASSWORD"
                    + " is not accepted (too short)"), app.output());
        }
    }
}
