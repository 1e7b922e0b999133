package com.airesume.accounts.boundary;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.airesume.testing.Browser;
import com.airesume.testing.RunningApp;
import com.airesume.testing.SharedApp;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;

/**
 * The seed's success criteria, walked in Chromium: the signup page loads clean, signup, login with remember me,
 * the dashboard, a browser restart with only the persistent cookie, logout. A screenshot per step lands in
 * target/screenshots/, and every page is checked with axe-core.
 */
@ExtendWith(SharedApp.class)
class AccountFlowBrowserIT {

    private static final String PASSWORD = "violet tractor umbrella 42";

    @Test
    void signUpLogInRememberedAcrossARestartThenLogOut(RunningApp app, @TempDir Path profiles) {
        String email = "Ada." + UUID.randomUUID().toString().substring(0, 8) + "@Example.com";
        Cookie remembered;
        try (Browser browser = Browser.start(profiles.resolve("first"))) {
            WebDriver page = browser.driver();
            page.get(app.uri("/accounts/signup/").toString());
            browser.screenshot("account-1-signup-clean");
            assertAll(() -> assertTrue(page.findElements(By.cssSelector(".field-error:not(:empty), .notice")).isEmpty(),
                            "messages before anyone typed"),
                    () -> assertEquals("First name", label(page, "firstName")),
                    () -> assertEquals("Confirm password", label(page, "confirmPassword")),
                    () -> browser.assertAccessible());

            browser.submit("submit");
            browser.screenshot("account-2-signup-errors");
            assertAll(() -> assertEquals("Enter your first name (up to 150 characters).", error(page, "firstName")),
                    () -> assertEquals("Enter an email address like name@example.com.", error(page, "email")),
                    () -> browser.assertAccessible());

            browser.type("firstName", "Ada");
            browser.type("lastName", "Lovelace");
            browser.type("email", email);
            browser.type("password", PASSWORD);
            browser.type("confirmPassword", PASSWORD);
            browser.submit("submit");
            browser.screenshot("account-3-login-after-signup");
            assertAll(() -> assertTrue(page.getCurrentUrl().endsWith("/accounts/login/"), page.getCurrentUrl()),
                    () -> assertTrue(page.findElement(By.cssSelector(".notice-success")).getText()
                            .contains("Your account is ready")),
                    () -> assertEquals("Email or username", label(page, "login")),
                    () -> assertEquals("Remember me", label(page, "rememberMe")),
                    () -> browser.assertAccessible());

            assertNull(page.manage().getCookieNamed("SESSION"), "signing up and opening the login page made a session");
            browser.type("login", email.toUpperCase(java.util.Locale.ROOT));
            browser.type("password", PASSWORD);
            page.findElement(By.id("rememberMe")).click();
            browser.submit("submit");
            browser.screenshot("account-4-dashboard");
            assertAll(() -> assertTrue(page.getCurrentUrl().endsWith("/dashboard/"), page.getCurrentUrl()),
                    () -> assertEquals("Welcome back, Ada", page.findElement(By.tagName("h1")).getText()),
                    () -> browser.assertAccessible());
            assertNotNull(page.manage().getCookieNamed("SESSION"), "logging in made no session");
            remembered = page.manage().getCookieNamed("REMEMBER_ME");
            assertNotNull(remembered, "no remember-me cookie");
            assertTrue(remembered.isHttpOnly());
            assertNotNull(remembered.getExpiry(), "the remember-me cookie ends with the browser");
        }

        try (Browser restarted = Browser.start(profiles.resolve("second"))) {
            WebDriver page = restarted.driver();
            page.get(app.uri("/").toString());
            page.manage().addCookie(new Cookie.Builder(remembered.getName(), remembered.getValue()).path("/")
                    .isHttpOnly(true).build());
            page.get(app.uri("/dashboard/").toString());
            restarted.screenshot("account-5-dashboard-after-restart");
            assertEquals("Welcome back, Ada", page.findElement(By.tagName("h1")).getText());

            page.get(app.uri("/accounts/logout/").toString());
            restarted.screenshot("account-6-logout-confirm");
            restarted.assertAccessible();
            restarted.submit("submit");
            restarted.screenshot("account-7-logged-out");
            assertAll(() -> assertTrue(page.getCurrentUrl().endsWith("/accounts/login/"), page.getCurrentUrl()),
                    () -> assertTrue(page.findElement(By.cssSelector(".notice-success")).getText()
                            .contains("You have logged out")));

            page.manage().addCookie(new Cookie.Builder(remembered.getName(), remembered.getValue()).path("/")
                    .build());
            page.get(app.uri("/dashboard/").toString());
            assertTrue(page.getCurrentUrl().contains("/accounts/login/"),
                    "the revoked remember-me token still logs in: " + page.getCurrentUrl());
        }
    }

    @Test
    void protectedPageSendsToLoginAndBack(RunningApp app, @TempDir Path profile) {
        try (Browser browser = Browser.start(profile)) {
            WebDriver page = browser.driver();
            page.get(app.uri("/dashboard/").toString());
            assertTrue(page.getCurrentUrl().endsWith("/accounts/login/?next=%2Fdashboard%2F"), page.getCurrentUrl());
            browser.type("login", "nobody-" + UUID.randomUUID() + "@example.com");
            browser.type("password", PASSWORD);
            browser.submit("submit");
            browser.screenshot("account-login-failed");
            assertAll(() -> assertTrue(page.findElement(By.cssSelector(".notice-error")).getText()
                            .contains("don't match an account")),
                    () -> assertEquals("", page.findElement(By.id("password")).getAttribute("value")),
                    () -> browser.assertAccessible());
        }
    }

    private static String label(WebDriver page, String field) {
        return page.findElement(By.cssSelector("label[for='" + field + "']")).getText();
    }

    private static String error(WebDriver page, String field) {
        return page.findElement(By.id(field + "-error")).getText();
    }


}
