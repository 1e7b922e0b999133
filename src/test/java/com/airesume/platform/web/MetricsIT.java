package com.airesume.platform.web;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.airesume.testing.FacesClient;
import com.airesume.testing.FacesClient.Page;
import com.airesume.testing.RunningApp;
import com.airesume.testing.SharedApp;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The application's counters at {@code /metrics} move with what people do: a signup, a login that works and one
 * that fails, a PDF export; the request timer and the outbox gauge are there. The app is shared with other tests,
 * so each counter is read before and after.
 */
@ExtendWith(SharedApp.class)
class MetricsIT {

    private static final String PASSWORD = "amber quarry lattice 5128";
    private static final Pattern EDITOR = Pattern.compile("/resumes/edit/\\?id=(\\d+)");

    @Test
    void countersFollowSignupsLoginsAndExports(RunningApp app) {
        String before = metrics(app);
        FacesClient client = new FacesClient(app, "198.51.100.201");
        String email = "metrics-" + UUID.randomUUID() + "@example.com";
        Page signedUp = client.submit("/accounts/signup/", "signup", Map.of("firstName", "Mia", "lastName",
                "Tester", "email", email, "password", PASSWORD, "confirmPassword", PASSWORD), "submit");
        assertEquals("/accounts/login/", signedUp.path(), signedUp.messages().toString());
        client.submit("/accounts/login/", "loginForm", Map.of("login", email, "password", "not the password"),
                "submit");
        Page dashboard = client.submit("/accounts/login/", "loginForm", Map.of("login", email, "password",
                PASSWORD), "submit");
        assertEquals("/dashboard/", dashboard.path(), dashboard.messages().toString());
        Page editor = client.submit("/dashboard/", "newResume", Map.of("title", "Counted"), "createFromProfile");
        Matcher id = EDITOR.matcher(editor.uri().toString());
        assertTrue(id.find(), editor.uri().toString());
        assertEquals(200, client.download("/resumes/pdf/?id=" + id.group(1)).statusCode());

        String after = metrics(app);
        assertAll(() -> assertEquals(1, value(after, "signups_total", "") - value(before, "signups_total", ""),
                        after),
                () -> assertEquals(1, value(after, "logins_total", "outcome=\"ok\"")
                        - value(before, "logins_total", "outcome=\"ok\""), after),
                () -> assertEquals(1, value(after, "logins_total", "outcome=\"failed\"")
                        - value(before, "logins_total", "outcome=\"failed\""), after),
                () -> assertEquals(1, value(after, "pdf_exports_total", "") - value(before, "pdf_exports_total", ""),
                        after),
                () -> assertTrue(value(after, "http_requests_seconds_count", "") >= 6, after),
                () -> assertTrue(after.lines().anyMatch(l -> l.startsWith("mails_pending")), after));
    }

    private static String metrics(RunningApp app) {
        var response = app.get("/metrics?scope=application");
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }

    /** The value of a metric line with the given name whose labels contain {@code label}; 0 when absent. */
    private static double value(String metrics, String name, String label) {
        return metrics.lines().filter(l -> l.startsWith(name + "{") || l.startsWith(name + " "))
                .filter(l -> l.contains(label)).map(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .findFirst().orElse(0.0);
    }
}
