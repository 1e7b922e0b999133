package com.airesume.accounts.boundary;

import static org.junit.jupiter.api.Assertions.assertAll;
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
 * "Forgot your password?" walked in Chromium, from the login page through the three steps and back, with a
 * screenshot per step in target/screenshots/reset-*.png and axe-core on every page. The shared app has no relay,
 * so the code is read where DEBUG's console backend writes the mail: the log.
 */
@ExtendWith(SharedApp.class)
class PasswordResetBrowserIT {

    private static final String PASSWORD = "violet tractor umbrella 42";
    private static final String NEW_PASSWORD = "harbour pepper quilt 58";

    @Test
    void forgotPasswordThroughTheThreeSteps(RunningApp app, @TempDir Path profile) {
        String email = "grace-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        new FacesClient(app, "192.0.2.10").submit("/accounts/signup/", "signup", Map.of("firstName", "Grace",
                "lastName", "Hopper", "email", email, "password", PASSWORD, "confirmPassword", PASSWORD), "submit");
        try (Browser browser = Browser.start(profile)) {
            WebDriver page = browser.driver();
            page.get(app.uri("/accounts/login/").toString());
            page.findElement(By.linkText("Forgot your password?")).click();
            browser.screenshot("reset-1-email");
            assertAll(() -> assertTrue(page.getCurrentUrl().endsWith("/accounts/password/reset/")),
                    () -> assertTrue(page.findElements(By.cssSelector(".field-error:not(:empty), .notice")).isEmpty(),
                            "messages before anyone typed"),
                    () -> assertEquals("Email", page.findElement(By.cssSelector("label[for=email]")).getText()),
                    browser::assertAccessible);

            browser.type("email", "grace@localhost");
            browser.submit("submit");
            browser.screenshot("reset-2-email-error");
            assertEquals("Enter one email address like name@example.com.", error(page, "email"));

            browser.type("email", email);
            browser.submit("submit");
            browser.screenshot("reset-3-code");
            assertAll(() -> assertTrue(page.getCurrentUrl().endsWith("/accounts/password/reset/verify/")),
                    () -> assertTrue(page.findElement(By.cssSelector(".lead")).getText().contains(
                            "If an account exists for " + email + ", we sent a 6-digit code to it.")),
                    () -> assertEquals("one-time-code", page.findElement(By.id("code")).getAttribute("autocomplete")),
                    () -> assertEquals("numeric", page.findElement(By.id("code")).getAttribute("inputmode")),
                    browser::assertAccessible);

            String code = ConsoleMail.awaitCode(app, email, "Your AI Resume Builder password reset code");
            browser.type("code", code.equals("000000") ? "000001" : "000000");
            browser.submit("submit");
            browser.screenshot("reset-4-wrong-code");
            assertAll(() -> assertEquals("That code isn't right. You can try 4 more times.", error(page, "code")),
                    () -> assertEquals("true", page.findElement(By.id("code")).getAttribute("aria-invalid")),
                    browser::assertAccessible);

            browser.type("code", code);
            browser.submit("submit");
            browser.screenshot("reset-5-new-password");
            assertAll(() -> assertTrue(page.getCurrentUrl().endsWith("/accounts/password/reset/set/")),
                    () -> assertEquals("New password", page.findElement(By.cssSelector("label[for=newPassword]"))
                            .getText()),
                    browser::assertAccessible);

            browser.type("newPassword", NEW_PASSWORD);
            browser.type("confirmPassword", NEW_PASSWORD + "x");
            browser.submit("submit");
            browser.screenshot("reset-6-mismatch");
            assertEquals("The two passwords don't match. Type the same password in both fields.",
                    error(page, "confirmPassword"));

            browser.type("newPassword", NEW_PASSWORD);
            browser.type("confirmPassword", NEW_PASSWORD);
            browser.submit("submit");
            browser.screenshot("reset-7-login");
            assertAll(() -> assertTrue(page.getCurrentUrl().endsWith("/accounts/login/")),
                    () -> assertTrue(page.findElement(By.cssSelector(".notice-success")).getText()
                            .startsWith("Your password is changed")),
                    browser::assertAccessible);

            browser.type("login", email);
            browser.type("password", NEW_PASSWORD);
            browser.submit("submit");
            assertTrue(page.getCurrentUrl().endsWith("/dashboard/"), page.getCurrentUrl());
        }
    }

    private static String error(WebDriver page, String field) {
        return page.findElement(By.id(field + "-error")).getText();
    }
}
