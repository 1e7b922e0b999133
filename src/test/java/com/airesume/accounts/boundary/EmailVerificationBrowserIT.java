package com.airesume.accounts.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.airesume.testing.Browser;
import com.airesume.testing.ConsoleMail;
import com.airesume.testing.FacesClient;
import com.airesume.testing.RunningApp;
import com.airesume.testing.SharedApp;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * The default {@code EMAIL_VERIFICATION=optional} in Chromium: the dashboard reminds, the code page takes the
 * mailed code (read from the log, where DEBUG's console backend writes mail), and the reminder goes. Screenshots in
 * target/screenshots/verify-*.png, axe-core on every page.
 */
@ExtendWith(SharedApp.class)
class EmailVerificationBrowserIT {

    private static final String PASSWORD = "saffron beacon pillow 9031";

    @Test
    void theDashboardRemindsUntilTheAddressIsConfirmed(RunningApp app, @TempDir Path profile) {
        String email = "ines-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        new FacesClient(app, "192.0.2.40").submit("/accounts/signup/", "signup", Map.of("firstName", "Inès",
                "lastName", "Moreau", "email", email, "password", PASSWORD, "confirmPassword", PASSWORD), "submit");
        String code = ConsoleMail.awaitCode(app, email, "Confirm your email address for AI Resume Builder");
        try (Browser browser = Browser.start(profile)) {
            WebDriver page = browser.driver();
            page.get(app.uri("/accounts/login/").toString());
            browser.type("login", email);
            browser.type("password", PASSWORD);
            browser.submit("submit");
            assertTrue(page.findElement(By.cssSelector(".reminder")).getText()
                    .startsWith("Please confirm your email address"));
            browser.screenshot("verify-1-dashboard-reminder");
            browser.assertAccessible();

            page.findElement(By.linkText("Verify your email")).click();
            browser.type("code", code.equals("000000") ? "999999" : "000000");
            browser.submit("submit");
            assertEquals("That code isn't right. You can try 4 more times.",
                    page.findElement(By.id("code-error")).getText());
            browser.screenshot("verify-2-wrong-code");
            browser.assertAccessible();

            browser.type("code", code);
            browser.submit("submit");
            assertTrue(page.getCurrentUrl().endsWith("/dashboard/"), page.getCurrentUrl());
            assertEquals("Thank you: " + email + " is confirmed.",
                    page.findElement(By.cssSelector(".notice-success")).getText());
            assertTrue(page.findElements(By.cssSelector(".reminder")).isEmpty(), "the reminder is gone");
            browser.screenshot("verify-3-confirmed");
            browser.assertAccessible();
        }
    }
}
