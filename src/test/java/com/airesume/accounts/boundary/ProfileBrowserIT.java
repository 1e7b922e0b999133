package com.airesume.accounts.boundary;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.openqa.selenium.WebDriver;

/** The profile in Chromium: details, username rules, and a password change that logs out the other device. */
@ExtendWith(SharedApp.class)
class ProfileBrowserIT {

    private static final String PASSWORD = "violet tractor umbrella 42";
    private static final String NEW_PASSWORD = "quokka saxophone glacier 7";

    @Test
    void detailsUsernameAndPasswordChangeEndingOtherSessions(RunningApp app, @TempDir Path profiles) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String email = "grace." + tag + "@example.com";
        try (Browser laptop = Browser.start(profiles.resolve("laptop"));
             Browser phone = Browser.start(profiles.resolve("phone"))) {
            signUp(app, laptop, "Grace", email);
            signUp(app, laptop, "Other", "other." + tag + "@example.com");
            logIn(app, laptop, email, PASSWORD);
            logIn(app, phone, email, PASSWORD);

            WebDriver page = laptop.driver();
            page.get(app.uri("/accounts/profile/").toString());
            laptop.screenshot("profile-1");
            assertAll(() -> assertEquals("Grace", page.findElement(By.id("firstName")).getAttribute("value")),
                    () -> assertEquals("grace." + tag, page.findElement(By.id("username")).getAttribute("value")),
                    () -> laptop.assertAccessible());

            laptop.type("username", "other." + tag);
            laptop.submit("saveDetails");
            assertEquals("Someone already has this username. Try adding a number or a dot.",
                    page.findElement(By.id("username-error")).getText());
            laptop.type("username", "Grace.H-" + tag);
            laptop.type("firstName", "Grace B.");
            laptop.submit("saveDetails");
            assertAll(() -> assertTrue(page.findElement(By.cssSelector(".notice-success")).getText()
                            .contains("Your details are saved")),
                    () -> assertEquals("grace.h-" + tag, page.findElement(By.id("username")).getAttribute("value")));

            laptop.type("currentPassword", "not my password at all");
            laptop.type("newPassword", NEW_PASSWORD);
            laptop.type("confirmPassword", NEW_PASSWORD);
            laptop.submit("savePassword");
            assertEquals("That isn't your current password. Type it again.",
                    page.findElement(By.id("currentPassword-error")).getText());
            laptop.type("currentPassword", PASSWORD);
            laptop.type("newPassword", NEW_PASSWORD);
            laptop.type("confirmPassword", NEW_PASSWORD);
            laptop.submit("savePassword");
            laptop.screenshot("profile-2-password-changed");
            assertAll(() -> assertTrue(page.findElement(By.cssSelector(".notice-success")).getText()
                            .contains("Your password is changed")),
                    () -> laptop.assertAccessible());

            page.get(app.uri("/dashboard/").toString());
            assertEquals("Welcome back, Grace B.", page.findElement(By.tagName("h1")).getText(),
                    "the device that changed the password was logged out");
            phone.driver().get(app.uri("/dashboard/").toString());
            assertTrue(phone.driver().getCurrentUrl().contains("/accounts/login/"),
                    "the other device is still logged in: " + phone.driver().getCurrentUrl());
            logIn(app, phone, "grace.h-" + tag, NEW_PASSWORD);
            assertTrue(phone.driver().getCurrentUrl().endsWith("/dashboard/"), phone.driver().getCurrentUrl());
        }
    }

    @Test
    void aPageThatAskedForLoginIsWhereTheLoginReturns(RunningApp app, @TempDir Path profile) {
        String email = "return." + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        try (Browser browser = Browser.start(profile)) {
            signUp(app, browser, "Ruth", email);
            browser.driver().get(app.uri("/accounts/profile/").toString());
            assertTrue(browser.driver().getCurrentUrl().endsWith("/accounts/login/?next=%2Faccounts%2Fprofile%2F"),
                    browser.driver().getCurrentUrl());
            logIn(app, browser, email, PASSWORD);
            assertTrue(browser.driver().getCurrentUrl().endsWith("/accounts/profile/"),
                    "login did not return to the page that asked: " + browser.driver().getCurrentUrl());
            assertEquals("Your profile", browser.driver().findElement(By.tagName("h1")).getText());
        }
    }

    private static void signUp(RunningApp app, Browser browser, String firstName, String email) {
        WebDriver page = browser.driver();
        page.get(app.uri("/accounts/signup/").toString());
        browser.type("firstName", firstName);
        browser.type("lastName", "Hopper");
        browser.type("email", email);
        browser.type("password", PASSWORD);
        browser.type("confirmPassword", PASSWORD);
        browser.submit("submit");
        assertTrue(page.getCurrentUrl().endsWith("/accounts/login/"), page.getCurrentUrl());
    }

    private static void logIn(RunningApp app, Browser browser, String login, String password) {
        WebDriver page = browser.driver();
        if (!page.getCurrentUrl().contains("/accounts/login/")) {
            page.get(app.uri("/accounts/login/").toString());
        }
        browser.type("login", login);
        browser.type("password", password);
        browser.submit("submit");
    }


}
