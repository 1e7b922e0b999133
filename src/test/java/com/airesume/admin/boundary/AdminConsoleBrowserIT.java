package com.airesume.admin.boundary;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.airesume.testing.Browser;
import com.airesume.testing.FacesClient;
import com.airesume.testing.FacesClient.Page;
import com.airesume.testing.RunningApp;
import com.airesume.testing.SharedApp;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The console: a visitor is sent to log in, a person without the ADMIN role gets 404 on every console page, and
 * the administrator (ensured at boot from ADMIN_EMAIL) finds a user by part of their email and sees their
 * signup and failed login in the audit log. Screenshots: target/screenshots/admin-*.png.
 */
@ExtendWith(SharedApp.class)
class AdminConsoleBrowserIT {

    private static final String PASSWORD = "ember quartz atlas 7720";
    private static final List<String> PAGES = List.of("/admin/", "/admin/users/", "/admin/events/",
            "/admin/users/?q=a&after=5", "/admin/mail/", "/admin/mail/?status=FAILED&q=a&before=5", "/admin/system/");

    @Test
    void onlyAdministratorsSeeTheConsole(RunningApp app) {
        for (String page : PAGES) {
            HttpResponse<String> anonymous = app.get(page);
            assertAll(page, () -> assertEquals(302, anonymous.statusCode()),
                    () -> assertTrue(anonymous.headers().firstValue("Location").orElseThrow()
                            .contains("/accounts/login/"), anonymous.headers().toString()));
        }
        FacesClient user = signedUp(app, "nosy-" + UUID.randomUUID() + "@example.com", true);
        for (String page : PAGES) {
            Page answer = user.get(page);
            assertAll(page, () -> assertEquals(404, answer.status()),
                    () -> assertTrue(answer.text().contains("can't find"), answer.text()));
        }
        FacesClient admin = new FacesClient(app, "198.51.100.61");
        Page dashboard = admin.submit("/accounts/login/", "loginForm", Map.of("login", SharedApp.ADMIN_EMAIL,
                "password", SharedApp.ADMIN_PASSWORD), "submit");
        assertEquals("/dashboard/", dashboard.path(), dashboard.messages().toString());
        for (String page : PAGES) {
            assertEquals(200, admin.get(page).status(), page);
        }
    }

    @Test
    void theAdministratorFindsAUserAndWhatHappenedToThem(RunningApp app, @TempDir Path profile) {
        String email = "rosa." + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        signedUp(app, email, false);
        try (Browser browser = Browser.start(profile)) {
            WebDriver page = browser.driver();
            page.get(app.uri("/accounts/login/").toString());
            browser.type("login", SharedApp.ADMIN_EMAIL);
            browser.type("password", SharedApp.ADMIN_PASSWORD);
            browser.submit("submit");
            page.findElement(By.linkText("Admin")).click();
            assertTrue(page.getCurrentUrl().endsWith("/admin/"), page.getCurrentUrl());
            List<String> labels = page.findElements(By.cssSelector(".stat-label")).stream()
                    .map(WebElement::getText).toList();
            assertTrue(labels.containsAll(List.of("users", "failed logins in the last 24 hours",
                    "mails waiting to be sent", "AI requests since this instance started")), labels.toString());
            browser.screenshot("admin-1-overview");
            browser.assertAccessible();

            page.findElement(By.linkText("Users")).click();
            browser.type("q", email.substring(0, 13).toUpperCase());
            page.findElement(By.cssSelector("form[role=search] button")).click();
            List<String> emails = page.findElements(By.cssSelector(".data-table tbody td:nth-child(3)")).stream()
                    .map(WebElement::getText).toList();
            assertEquals(List.of(email), emails, "found by part of the email in another case");
            browser.screenshot("admin-2-users");
            browser.assertAccessible();

            page.findElement(By.cssSelector(".data-table a[aria-label='Audit log of " + email + "']")).click();
            List<String> kinds = page.findElements(By.cssSelector(".data-table .event-kind")).stream()
                    .map(WebElement::getText).toList();
            assertEquals(List.of("Failed login", "Signup"), kinds);
            browser.screenshot("admin-3-audit-log");
            browser.assertAccessible();

            page.get(app.uri("/admin/users/?q=" + email).toString());
            page.findElement(By.linkText("Rosa Franklin")).click();
            assertTrue(page.findElement(By.tagName("main")).getText().contains("Last login"), page.getPageSource());
            browser.screenshot("admin-4-user");
            browser.assertAccessible();
            browser.submit("lock");
            assertTrue(page.findElement(By.cssSelector(".notices")).getText().startsWith("Locked " + email));
            browser.screenshot("admin-5-user-locked");
            browser.assertAccessible();

            page.findElement(By.partialLinkText("Delete account")).click();
            browser.type("confirmEmail", "wrong@example.com");
            browser.submit("delete");
            assertEquals("That is not this account's email address.",
                    page.findElement(By.id("confirmEmail-error")).getText());
            browser.screenshot("admin-6-delete-confirm");
            browser.assertAccessible();

            page.get(app.uri("/admin/").toString());
            page.findElement(By.linkText("Mail")).click();
            assertTrue(page.findElement(By.tagName("h1")).getText().matches("Mail outbox\\s+\\d+ waiting, \\d+ failed"),
                    page.findElement(By.tagName("h1")).getText());
            browser.screenshot("admin-7-mail");
            browser.assertAccessible();

            page.findElement(By.linkText("System")).click();
            List<String> report = page.findElements(By.cssSelector(".boot-report li")).stream()
                    .map(WebElement::getText).toList();
            assertTrue(report.stream().anyMatch(line -> line.endsWith("Email not configured: Emails will be printed to"
                    + " console")), report.toString());
            browser.screenshot("admin-8-system");
            browser.assertAccessible();
        }
    }

    /** A new account, and (when asked) one failed login and a good one, through the pages. */
    private static FacesClient signedUp(RunningApp app, String email, boolean loggedIn) {
        FacesClient client = new FacesClient(app, "198.51.100." + (60 + email.length() % 100));
        Page signedUp = client.submit("/accounts/signup/", "signup", Map.of("firstName", "Rosa", "lastName",
                "Franklin", "email", email, "password", PASSWORD, "confirmPassword", PASSWORD), "submit");
        assertEquals("/accounts/login/", signedUp.path(), signedUp.messages().toString());
        client.submit("/accounts/login/", "loginForm", Map.of("login", email, "password", "not it"), "submit");
        if (loggedIn) {
            Page dashboard = client.submit("/accounts/login/", "loginForm", Map.of("login", email, "password",
                    PASSWORD), "submit");
            assertEquals("/dashboard/", dashboard.path(), dashboard.messages().toString());
        }
        return client;
    }
}
