package com.airesume.resumes.boundary;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.airesume.testing.Browser;
import com.airesume.testing.PdfPages;
import com.airesume.testing.RunningApp;
import com.airesume.testing.SharedApp;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchFrameException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Building a resume in Chromium, as a person would: start one from the profile, add a job with three highlights
 * by Ajax, see it in the preview, get told about a bad date only after saving, be warned before leaving unsaved
 * changes, see it in every template, and download a PDF whose text holds the name, the job and a Chinese company
 * name. Screenshots of the editor and of each template's first page are saved under target/screenshots.
 */
@ExtendWith(SharedApp.class)
class ResumeBuilderBrowserIT {

    private static final String PASSWORD = "lantern meadow quartz 9317";
    private static final List<String> TEMPLATES = List.of("CLASSIC", "MODERN", "COMPACT", "PORTRAIT");

    @Test
    void buildASecondPageWorthyResumeAndDownloadItInEveryTemplate(RunningApp app, @TempDir Path profile)
            throws Exception {
        try (Browser browser = Browser.start(profile)) {
            WebDriver page = browser.driver();
            signUpAndLogIn(app, browser);
            uploadPhoto(app, browser, profile.resolve("portrait.png"));
            page.get(app.uri("/dashboard/").toString());

            browser.type("title", "Backend roles");
            browser.submit("createFromProfile");
            assertTrue(page.getCurrentUrl().contains("/resumes/edit/?id="), page.getCurrentUrl());
            assertEquals("Zoë Łukasiewicz", field(page, "Full name").getAttribute("value"));
            assertEquals(List.of(), errors(page), "no field is marked before anyone saved");

            field(page, "Headline").sendKeys("Staff Engineer");
            field(page, "Summary").sendKeys("Backend engineer who builds payment systems that stay up.");
            int entries = page.findElements(By.cssSelector(".entry")).size();
            click(page, By.cssSelector("input[aria-label='Experience: Add entry']"));
            waitFor(page, () -> page.findElements(By.cssSelector(".entry")).size() == entries + 1);
            field(page, "Job title").sendKeys("Staff Engineer");
            field(page, "Company").sendKeys("李小龍 Trading");
            field(page, "Start date").sendKeys("March 2021");
            List<String> highlights = List.of("Cut p99 latency of the payment API from 900 ms to 120 ms",
                    "Led the move of 40 services to Kubernetes", "Mentored José Núñez and six other engineers");
            for (int i = 0; i < highlights.size(); i++) {
                int lines = i;
                click(page, By.cssSelector("input[aria-label='Experience 1: Add line (Highlights)']"));
                waitFor(page, () -> page.findElements(By.cssSelector(".line input[type=text]")).size() == lines + 1);
                page.findElements(By.cssSelector(".line input[type=text]")).get(i).sendKeys(highlights.get(i));
            }
            assertTrue(leavingWouldWarn(page), "typed text is unsaved, so leaving asks first");

            click(page, By.id("save"));
            waitFor(page, () -> !errors(page).isEmpty());
            assertAll(() -> assertEquals(List.of("Write the date as YYYY, YYYY-MM or YYYY-MM-DD, for example 2021-04."),
                            errors(page)),
                    () -> assertEquals("March 2021", field(page, "Start date").getAttribute("value"), "kept as typed"),
                    () -> assertEquals("true", field(page, "Start date").getAttribute("aria-invalid")),
                    () -> assertEquals(highlights.get(2), page.findElements(By.cssSelector(".line input[type=text]"))
                            .get(2).getAttribute("value"), "nothing typed was lost"));
            browser.screenshot("resume-1-editor-invalid-date");

            field(page, "Start date").clear();
            field(page, "Start date").sendKeys("2021-03");
            click(page, By.id("save"));
            waitFor(page, () -> page.findElement(By.id("editor-status")).getText().equals("All changes saved"));
            assertAll(() -> assertEquals(List.of(), errors(page)),
                    () -> assertFalse(leavingWouldWarn(page), "everything is saved"));
            waitFor(page, () -> preview(page).contains("Cut p99 latency"));

            click(page, By.id(page.findElement(By.cssSelector("input[value='Add a section of your own']"))
                    .getAttribute("id")));
            waitFor(page, () -> !page.findElements(By.cssSelector(".custom-section")).isEmpty());
            customField(page, "Section title").sendKeys("Talks");
            customField(page, "Title").sendKeys("Settlement without the nightly batch");
            click(page, By.id("save"));
            waitFor(page, () -> page.findElement(By.id("editor-status")).getText().equals("All changes saved"));
            waitFor(page, () -> preview(page).contains("Settlement without the nightly batch"));
            // One reading holds them all (a refresh may replace the frame between two readings).
            waitFor(page, () -> {
                String shown = preview(page);
                return shown.contains("Zoë Łukasiewicz") && (shown.contains("TALKS") || shown.contains("Talks"))
                        && shown.contains("Staff Engineer") && shown.contains("李小龍 Trading");
            });
            browser.screenshot("resume-2-editor");
            browser.assertAccessible();

            long id = Long.parseLong(page.getCurrentUrl().replaceAll(".*id=(\\d+).*", "$1"));
            for (String template : TEMPLATES) {
                String before = page.findElement(By.cssSelector("#preview-panel iframe")).getAttribute("src");
                Select choice = new Select(page.findElement(By.id("template")));
                if (!choice.getFirstSelectedOption().getAttribute("value").equals(template)) {
                    choice.selectByValue(template);
                    waitFor(page, () -> !page.findElement(By.cssSelector("#preview-panel iframe")).getAttribute("src")
                            .equals(before));
                }
                waitFor(page, () -> preview(page).contains("Cut p99 latency"));
                click(page, By.id("save"));
                waitFor(page, () -> page.findElement(By.id("editor-status")).getText().equals("All changes saved"));
                browser.screenshot("resume-3-editor-" + template.toLowerCase());

                byte[] pdf = download(app, page, "/resumes/pdf/?id=" + id);
                PdfPages.savePng(pdf, 0, Path.of("target", "screenshots", "resume-template-" + template.toLowerCase()
                        + ".png"));
                try (PDDocument document = Loader.loadPDF(pdf)) {
                    String text = new PDFTextStripper().getText(document);
                    assertAll(template, () -> assertTrue(text.contains("Zoë Łukasiewicz"), text),
                            () -> assertTrue(text.contains("Staff Engineer"), text),
                            () -> assertTrue(text.contains("李小龍 Trading"), text),
                            () -> assertTrue(text.contains("Mentored José Núñez"), text),
                            () -> assertEquals("Backend roles", document.getDocumentInformation().getTitle()));
                }
            }
        }
    }

    @Test
    void theDashboardListsCopiesAndDeletesAfterAskingAndTheImportPageReadsWell(RunningApp app,
            @TempDir Path profile) {
        try (Browser browser = Browser.start(profile)) {
            WebDriver page = browser.driver();
            signUpAndLogIn(app, browser);
            browser.screenshot("resume-dashboard-empty");
            browser.assertAccessible();

            browser.type("title", "Design roles");
            browser.submit("createBlank");
            page.get(app.uri("/dashboard/").toString());
            page.findElement(By.cssSelector("input[aria-label='Duplicate: Design roles']")).click();
            waitFor(page, () -> page.getPageSource().contains("Copy of Design roles"));
            browser.screenshot("resume-dashboard");
            browser.assertAccessible();

            page.findElement(By.cssSelector("a[aria-label='Delete: Copy of Design roles']")).click();
            assertEquals("Delete this resume?", page.findElement(By.tagName("h1")).getText());
            browser.screenshot("resume-delete-confirm");
            browser.assertAccessible();
            browser.submit("delete");
            assertAll(() -> assertTrue(page.getCurrentUrl().endsWith("/dashboard/")),
                    () -> assertTrue(page.findElement(By.cssSelector(".notice-success")).getText()
                            .contains("“Copy of Design roles” was deleted.")),
                    () -> assertFalse(page.getPageSource().contains("Copy of Design roles</a>")));

            page.get(app.uri("/resumes/import/").toString());
            browser.screenshot("resume-import");
            browser.assertAccessible();
        }
    }

    private static void signUpAndLogIn(RunningApp app, Browser browser) {
        WebDriver page = browser.driver();
        String email = "zoe." + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        page.get(app.uri("/accounts/signup/").toString());
        browser.type("firstName", "Zoë");
        browser.type("lastName", "Łukasiewicz");
        browser.type("email", email);
        browser.type("password", PASSWORD);
        browser.type("confirmPassword", PASSWORD);
        browser.submit("submit");
        browser.type("login", email);
        browser.type("password", PASSWORD);
        browser.submit("submit");
        assertTrue(page.getCurrentUrl().endsWith("/dashboard/"), page.getCurrentUrl());
    }

    /** The first field labelled {@code label}, found as a person finds it: by its label. */
    private static WebElement field(WebDriver page, String label) {
        String id = page.findElement(By.xpath("//label[normalize-space()='" + label + "']")).getAttribute("for");
        return page.findElement(By.id(id));
    }

    /** Uploads a profile photo, as the portrait template shows it. */
    private static void uploadPhoto(RunningApp app, Browser browser, Path file) throws IOException {
        BufferedImage image = new BufferedImage(480, 640, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(0x9cc3e6), 0, 640, new Color(0x1f4e79)));
        g.fillRect(0, 0, 480, 640);
        g.setColor(new Color(0xf2d0b5));
        g.fillOval(150, 150, 180, 220);
        g.fillRoundRect(90, 400, 300, 300, 120, 120);
        g.dispose();
        ImageIO.write(image, "png", file.toFile());
        WebDriver page = browser.driver();
        page.get(app.uri("/accounts/profile/").toString());
        page.findElement(By.id("photoFile")).sendKeys(file.toAbsolutePath().toString());
        browser.submit("uploadPhoto");
        assertTrue(page.findElement(By.cssSelector(".notice-success")).getText().contains("Your photo is saved."));
        browser.screenshot("profile-photo");
        browser.assertAccessible();
    }

    /** A field of the first section of the person's own, by its label. */
    private static WebElement customField(WebDriver page, String label) {
        String id = page.findElement(By.xpath("//div[contains(@class,'custom-section')]//label[normalize-space()='"
                + label + "']")).getAttribute("for");
        return page.findElement(By.id(id));
    }

    private static List<String> errors(WebDriver page) {
        return page.findElements(By.cssSelector(".editor-form .field-error")).stream().map(WebElement::getText)
                .filter(text -> !text.isBlank()).toList();
    }

    private static void click(WebDriver page, By button) {
        page.findElement(button).click();
    }

    private static void waitFor(WebDriver page, Supplier<Boolean> condition) {
        new WebDriverWait(page, Duration.ofSeconds(20)).ignoring(RuntimeException.class)
                .until(driver -> condition.get());
    }

    /** Whether leaving now would ask first (the page's beforeunload handler cancels the event). */
    private static boolean leavingWouldWarn(WebDriver page) {
        return (Boolean) ((JavascriptExecutor) page).executeScript("var e = new Event('beforeunload', "
                + "{cancelable: true}); window.dispatchEvent(e); return e.defaultPrevented;");
    }

    /**
     * The text the preview frame shows now. The editor replaces the frame whenever a paused edit refreshes the
     * preview, so a frame found a moment ago may be gone: then the new one is read.
     */
    private static String preview(WebDriver page) {
        for (int attempt = 1; ; attempt++) {
            try {
                WebElement frame = page.findElement(By.cssSelector("#preview-panel iframe"));
                return page.switchTo().frame(frame).findElement(By.tagName("body")).getText();
            } catch (StaleElementReferenceException | NoSuchFrameException e) {
                if (attempt == 5) {
                    throw e;
                }
            } finally {
                page.switchTo().defaultContent();
            }
        }
    }

    /** A download with the browser's session, as clicking the link would fetch it. */
    private static byte[] download(RunningApp app, WebDriver page, String path) throws IOException,
            InterruptedException {
        Cookie session = page.manage().getCookieNamed("SESSION");
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                app.uri(path).toString())).header("Cookie", "SESSION=" + session.getValue()).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode());
        assertEquals("no-store", response.headers().firstValue("Cache-Control").orElseThrow());
        return response.body();
    }
}
