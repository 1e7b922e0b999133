package com.airesume.platform.web;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.airesume.testing.Browser;
import com.airesume.testing.RunningApp;
import com.airesume.testing.SharedApp;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The home and error pages as a person sees them in Chromium: content, keyboard, accessibility. */
@ExtendWith(SharedApp.class)
class HomePageBrowserIT {

    private Browser browser;

    @BeforeEach
    void openBrowser(@TempDir Path profile) {
        browser = Browser.start(profile);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void homePageShowsTheProductAndTheWayIn(RunningApp app) {
        browser.driver().get(app.uri("/").toString());
        browser.screenshot("home");
        List<String> violations = browser.accessibilityViolations();
        assertAll(
                () -> assertEquals("Build a resume that gets you hired · AI Resume Builder", browser.driver().getTitle()),
                () -> assertEquals("Build a resume that gets you hired",
                        browser.driver().findElement(By.tagName("h1")).getText()),
                () -> assertTrue(browser.driver().findElement(By.linkText("Create your free account"))
                        .getAttribute("href").endsWith("/accounts/signup/")),
                () -> assertTrue(browser.driver().findElement(By.linkText("Log in"))
                        .getAttribute("href").endsWith("/accounts/login/")),
                () -> assertTrue(violations.isEmpty(), String.join("\n", violations)));
    }

    @Test
    void keyboardUsersCanSkipToTheContent(RunningApp app) {
        browser.driver().get(app.uri("/").toString());
        browser.driver().findElement(By.tagName("body")).sendKeys(Keys.TAB);
        WebElement focused = browser.driver().switchTo().activeElement();
        browser.screenshot("home-skip-link-focused");
        assertAll(() -> assertEquals("Skip to main content", focused.getText()),
                () -> assertTrue(focused.getRect().getY() >= 0, "the focused skip link is off screen"));
    }

    @Test
    void missingPageIsFriendlyAndAccessible(RunningApp app) {
        browser.driver().get(app.uri("/accounts/nowhere/").toString());
        browser.screenshot("error-404");
        List<String> violations = browser.accessibilityViolations();
        assertAll(() -> assertEquals("We can't find that page",
                        browser.driver().findElement(By.tagName("h1")).getText()),
                () -> assertTrue(browser.driver().findElement(By.linkText("Go to the home page")).isDisplayed()),
                () -> assertTrue(violations.isEmpty(), String.join("\n", violations)));
    }
}
