package com.airesume.resumes.boundary;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.airesume.ai.control.KeywordMatch;
import com.airesume.ai.control.ResumeText;
import com.airesume.resumes.control.JsonResumeReader;
import com.airesume.testing.Browser;
import com.airesume.testing.RunningApp;
import com.airesume.testing.SharedApp;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The writing assistant in Chromium: tailoring an imported resume to the checked-in backend posting (score,
 * matched and missing keywords by section, edits applied), fixing a misspelt highlight through its panel with the
 * suggestion edited before it is accepted, bullet ideas for a job, and a written summary; then the same actions
 * answered by an OpenAI-compatible server started in the test, and the fallback when it fails. Screenshots of each
 * step are saved under target/screenshots/ai-*.png.
 */
@ExtendWith(SharedApp.class)
class ResumeAssistBrowserIT {

    private static final String PASSWORD = "lantern meadow quartz 9317";
    /** The writing assistant's panel under a text (the tailoring card is a panel too). */
    private static final String PANEL = "div[id$='assistPanel']";
    private static final String RESUME = """
            {"basics": {"name": "Zoë Łukasiewicz", "label": "Backend Engineer",
                        "summary": "Backend engineer who builds payment systems in Java."},
             "work": [{"name": "Allegro", "position": "Senior Backend Engineer", "startDate": "2019-03",
                       "highlights": ["Responsible for the migration of settlement from a nightly batch to Kafka",
                                      "Reduced checkout latancy on PostgreSQL from 900 ms to 180 ms"]}],
             "skills": [{"name": "Backend", "keywords": ["Java", "Kafka", "Docker", "Kubernetes"]}]}
            """;

    @Test
    void tailorToAPostingThenFixALineAddBulletsAndWriteASummary(RunningApp app, @TempDir Path profile)
            throws Exception {
        try (Browser browser = Browser.start(profile)) {
            WebDriver page = browser.driver();
            openImportedResume(app, browser, profile);
            String posting = posting();

            typeLong(page, "posting", posting);
            click(page, By.id("tailor"));
            waitFor(page, () -> !page.findElements(By.cssSelector("#tailor-panel .score-number strong")).isEmpty());
            int expected = KeywordMatch.match(posting, ResumeText.sections(JsonResumeReader.read(RESUME))).score();
            List<String> missing = texts(page, "#tailor-panel .keyword-missing");
            List<String> matched = texts(page, "#tailor-panel .keyword-matched");
            assertAll(() -> assertEquals(String.valueOf(expected),
                            page.findElement(By.cssSelector("#tailor-panel .score-number strong")).getText()),
                    () -> assertTrue(missing.containsAll(List.of("Prometheus", "distributed systems", "AWS")),
                            missing.toString()),
                    () -> assertTrue(matched.containsAll(List.of("Java", "Kafka")), matched.toString()),
                    () -> assertTrue(page.findElement(By.id("tailor-panel")).getText()
                            .contains("Answered by the built-in engine"), "the page says which engine answered"),
                    () -> assertFalse(page.findElement(By.id("tailor-panel")).getText().contains("rate this candidate"),
                            "the posting's instruction is only text"));
            browser.screenshot("ai-1-tailor-report");
            browser.assertAccessible();

            WebElement skills = page.findElement(By.cssSelector("#tailor-panel input[id$='skillsToAdd']"));
            skills.clear();
            skills.sendKeys("Terraform, Prometheus");
            click(page, By.cssSelector("#tailor-panel input[aria-label^='Apply: Add the skills']"));
            waitFor(page, () -> lineValues(page).containsAll(List.of("Terraform", "Prometheus")));
            click(page, By.cssSelector("#tailor-panel input[aria-label='Apply: Strengthen this highlight']"));
            waitFor(page, () -> lineValues(page).contains("Migrated settlement from a nightly batch to Kafka"));
            assertEquals("Unsaved changes", page.findElement(By.id("editor-status")).getText(),
                    "an applied edit is only a change, not a save");
            show(page, "#tailor-panel .tailor-edits");
            browser.screenshot("ai-2-tailor-applied");

            click(page, By.cssSelector("input[aria-label='Highlights 2: Writing help']"));
            waitFor(page, () -> !page.findElements(By.cssSelector(PANEL + " input[value='Fix spelling and grammar']"))
                    .isEmpty());
            show(page, PANEL);
            browser.screenshot("ai-3-panel-open");
            click(page, By.cssSelector(PANEL + " input[value='Fix spelling and grammar']"));
            waitFor(page, () -> !page.findElements(By.cssSelector(PANEL + " textarea[id$='aiEdited']")).isEmpty());
            WebElement suggestion = page.findElement(By.cssSelector(PANEL + " textarea[id$='aiEdited']"));
            assertAll(() -> assertEquals("Reduced checkout latency on PostgreSQL from 900 ms to 180 ms",
                            suggestion.getAttribute("value")),
                    () -> assertEquals(List.of("latancy"), texts(page, PANEL + " del").stream().map(String::strip)
                            .toList()),
                    () -> assertEquals(List.of("latency"), texts(page, PANEL + " ins").stream().map(String::strip)
                            .toList()),
                    () -> assertEquals("ai-focus", page.switchTo().activeElement().getAttribute("class"),
                            "focus moves to the answer"));
            show(page, PANEL);
            browser.screenshot("ai-4-grammar-suggestion");
            browser.assertAccessible();
            suggestion.clear();
            suggestion.sendKeys("Reduced checkout latency on PostgreSQL from 900 ms to 180 ms (p99)");
            click(page, By.cssSelector(PANEL + " input[value='Accept']"));
            waitFor(page, () -> lineValues(page).contains(
                    "Reduced checkout latency on PostgreSQL from 900 ms to 180 ms (p99)"));
            assertTrue(page.findElements(By.cssSelector(PANEL + " textarea")).isEmpty(), "the panel closed");

            click(page, By.cssSelector("input[aria-label='Experience 1: Suggest bullets']"));
            waitFor(page, () -> !page.findElements(By.cssSelector(".ai-ideas li")).isEmpty());
            List<String> ideas = texts(page, ".ai-ideas .ai-idea");
            assertTrue(ideas.size() >= 3 && ideas.stream().allMatch(i -> i.contains("[")), ideas.toString());
            show(page, "div[id$='bulletsPanel']");
            browser.screenshot("ai-5-bullet-ideas");
            int lines = lineValues(page).size();
            click(page, By.cssSelector(".ai-ideas input[value='Add']"));
            waitFor(page, () -> lineValues(page).contains(ideas.get(0)));
            assertEquals(lines + 1, lineValues(page).size());
            click(page, By.cssSelector("div[id$='bulletsPanel'] input[value='Close']"));
            waitFor(page, () -> page.findElements(By.cssSelector(".ai-ideas")).isEmpty());

            click(page, By.cssSelector("input[aria-label='Summary: Writing help']"));
            By write = By.cssSelector(PANEL + " input[value='Write a summary from my resume']");
            waitFor(page, () -> !page.findElements(write).isEmpty());
            click(page, write);
            waitFor(page, () -> !page.findElements(By.cssSelector(PANEL + " textarea[id$='aiEdited']")).isEmpty());
            String written = page.findElement(By.cssSelector(PANEL + " textarea[id$='aiEdited']"))
                    .getAttribute("value");
            assertTrue(written.contains("Allegro") || written.contains("Senior Backend Engineer"), written);
            show(page, PANEL);
            browser.screenshot("ai-6-summary-suggestion");
            click(page, By.cssSelector(PANEL + " input[value='Discard']"));
            waitFor(page, () -> page.findElements(By.cssSelector(PANEL + " textarea")).isEmpty());
            assertEquals("Backend engineer who builds payment systems in Java.", field(page, "Summary")
                    .getAttribute("value"), "a discarded suggestion changes nothing");

            click(page, By.id("save"));
            waitFor(page, () -> page.findElement(By.id("editor-status")).getText().equals("All changes saved"));
            page.navigate().refresh();
            List<String> saved = lineValues(page);
            assertTrue(saved.containsAll(List.of("Terraform", "Migrated settlement from a nightly batch to Kafka",
                    "Reduced checkout latency on PostgreSQL from 900 ms to 180 ms (p99)")), saved.toString());
        }
    }

    @Test
    void aConfiguredServerAnswersAndAFailingOneFallsBackToTheBuiltInEngine(@TempDir Path profile) throws Exception {
        ConcurrentLinkedQueue<String> bodies = new ConcurrentLinkedQueue<>();
        int[] status = {200};
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v1/chat/completions", exchange -> answer(exchange, bodies, status[0]));
        server.start();
        Map<String, String> env = RunningApp.debugEnvironment(SharedApp.dataDir("ai_external"));
        env.putAll(SharedApp.database("ai_external"));
        env.put("AI_API_URL", "http://127.0.0.1:" + server.getAddress().getPort());
        env.put("AI_MODEL", "llama3");
        try (RunningApp app = RunningApp.start("ai-external", env).awaitReady();
                Browser browser = Browser.start(profile)) {
            WebDriver page = browser.driver();
            openImportedResume(app, browser, profile);

            click(page, By.cssSelector("input[aria-label='Highlights 1: Writing help']"));
            By improve = By.cssSelector(PANEL + " input[value='Improve writing']");
            waitFor(page, () -> !page.findElements(improve).isEmpty());
            click(page, improve);
            waitFor(page, () -> !page.findElements(By.cssSelector(PANEL + " textarea[id$='aiEdited']")).isEmpty());
            String panel = page.findElement(By.cssSelector(PANEL)).getText();
            String suggested = page.findElement(By.cssSelector(PANEL + " textarea[id$='aiEdited']"))
                    .getAttribute("value");
            assertAll(() -> assertEquals("Moved settlement from a nightly batch to Kafka streaming.", suggested),
                    () -> assertTrue(panel.contains("Answered by llama3 at 127.0.0.1"), panel),
                    () -> assertTrue(String.valueOf(bodies.peek()).contains(
                            "Responsible for the migration of settlement"), String.valueOf(bodies.peek())));
            show(page, PANEL);
            browser.screenshot("ai-7-external-answer");

            status[0] = 500;
            typeLong(page, "posting", posting());
            click(page, By.id("tailor"));
            waitFor(page, () -> !page.findElements(By.cssSelector("#tailor-panel .score-number strong")).isEmpty());
            String report = page.findElement(By.id("tailor-panel")).getText();
            assertAll(() -> assertTrue(report.contains("The AI server is overloaded right now, so the built-in engine"
                            + " answered instead."), report),
                    () -> assertTrue(bodies.stream().anyMatch(b -> b.contains("<job_posting>")
                            && b.contains("Ignore all previous instructions")), "the posting went as data"));
            show(page, "#tailor-panel .notice-warning");
            browser.screenshot("ai-8-external-fallback");
            browser.assertAccessible();
        } finally {
            server.stop(0);
        }
    }

    private static void answer(HttpExchange exchange, ConcurrentLinkedQueue<String> bodies, int status)
            throws IOException {
        bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        byte[] body = ("{\"choices\":[{\"message\":{\"role\":\"assistant\",\"content\":"
                + "\"Moved settlement from a nightly batch to Kafka streaming.\"}}]}").getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    private static void openImportedResume(RunningApp app, Browser browser, Path profile) throws IOException {
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
        Path file = profile.resolve("resume.json");
        Files.writeString(file, RESUME);
        page.get(app.uri("/resumes/import/").toString());
        browser.type("title", "Payments roles");
        page.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        browser.submit("upload");
        assertTrue(page.getCurrentUrl().contains("/resumes/edit/?id="), page.getCurrentUrl());
    }

    static String posting() throws IOException {
        try (InputStream in = ResumeAssistBrowserIT.class.getResourceAsStream("/ai/backend-posting.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Puts a long text in a field at once (typing a whole posting key by key takes seconds). */
    private static void typeLong(WebDriver page, String id, String text) {
        ((JavascriptExecutor) page).executeScript("var f = document.getElementById(arguments[0]);"
                + " f.value = arguments[1]; f.dispatchEvent(new Event('input', {bubbles: true}));", id, text);
    }

    /** Scrolls what a screenshot is about into the middle of the window. */
    private static void show(WebDriver page, String css) {
        ((JavascriptExecutor) page).executeScript("arguments[0].scrollIntoView({block: 'center'});",
                page.findElement(By.cssSelector(css)));
    }

    private static List<String> lineValues(WebDriver page) {
        return page.findElements(By.cssSelector(".line input[type=text]")).stream()
                .map(e -> e.getAttribute("value")).toList();
    }

    private static List<String> texts(WebDriver page, String css) {
        return page.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }

    private static WebElement field(WebDriver page, String label) {
        String id = page.findElement(By.xpath("//label[normalize-space()='" + label + "']")).getAttribute("for");
        return page.findElement(By.id(id));
    }

    /** Clicks a button as a person would, after scrolling it clear of the editor's sticky bar. */
    private static void click(WebDriver page, By button) {
        WebElement element = page.findElement(button);
        ((JavascriptExecutor) page).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    private static void waitFor(WebDriver page, Supplier<Boolean> condition) {
        new WebDriverWait(page, Duration.ofSeconds(20)).ignoring(RuntimeException.class)
                .until(driver -> condition.get());
    }
}
