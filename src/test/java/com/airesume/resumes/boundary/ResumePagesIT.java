package com.airesume.resumes.boundary;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.airesume.resumes.control.JsonResumeReader;
import com.airesume.testing.FacesClient;
import com.airesume.testing.FacesClient.Page;
import com.airesume.testing.RunningApp;
import com.airesume.testing.SharedApp;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The resume pages over HTTP, as a browser would use them: another account's resume answers 404 on every route,
 * downloads are named and never cached, PDF export is rate limited, import explains a bad file, and a save from a
 * stale tab is refused.
 */
@ExtendWith(SharedApp.class)
class ResumePagesIT {

    private static final String PASSWORD = "lantern meadow quartz 9317";
    private static final Pattern EDITOR = Pattern.compile("/resumes/edit/\\?id=(\\d+)");
    private static final AtomicInteger CLIENTS = new AtomicInteger();

    private final RunningApp app;

    ResumePagesIT(RunningApp app) {
        this.app = app;
    }

    @Test
    void anotherAccountsResumeIsA404OnEveryRoute() {
        FacesClient owner = signedIn("Zoë");
        long id = create(owner, "Owner's resume");
        FacesClient stranger = signedIn("Mallory");

        for (String route : List.of("/resumes/edit/?id=", "/resumes/delete/?id=", "/resumes/preview/?id=",
                "/resumes/pdf/?id=", "/resumes/json/?id=")) {
            for (String which : List.of(Long.toString(id), "999999999", "abc", "")) {
                Page page = stranger.get(route + which);
                assertAll(route + which, () -> assertEquals(404, page.status()),
                        () -> assertTrue(page.html().contains("We can't find that page")
                                || page.html().contains("We can&#39;t find that page"), page.html()),
                        () -> assertFalse(page.html().contains("Owner's resume")));
            }
        }
        long own = create(stranger, "Mallory's own");
        Page ownDelete = stranger.get("/resumes/delete/?id=" + own);
        Page forged = stranger.post(new Page(app.uri("/resumes/delete/?id=" + id), 200, ownDelete.html()),
                "deleteForm", Map.of(), "delete");
        assertAll(() -> assertTrue(forged.text().contains("That resume no longer exists."), forged.text()),
                () -> assertEquals(200, owner.get("/resumes/edit/?id=" + id).status(), "the owner's resume is there"),
                () -> assertEquals(200, stranger.get("/resumes/edit/?id=" + own).status()));
        assertEquals(200, owner.download("/resumes/pdf/?id=" + id).statusCode());
    }

    @Test
    void aSignedOutVisitorIsSentToTheLogin() {
        HttpResponse<byte[]> pdf = client().download("/resumes/pdf/?id=1");
        assertEquals(302, pdf.statusCode());
        assertTrue(pdf.headers().firstValue("Location").orElseThrow().contains("/accounts/login/"));
    }

    @Test
    void downloadsAreNamedAfterTheResumeNeverCachedAndHoldTheResume() throws Exception {
        FacesClient owner = signedIn("José");
        long id = imported(owner, "José's CV", """
                {"basics": {"name": "José Núñez", "label": "Data Engineer"},
                 "work": [{"name": "李小龍 Trading", "position": "Data Engineer", "startDate": "2020-01",
                           "highlights": ["Built the nightly warehouse load"]}]}
                """);

        HttpResponse<byte[]> pdf = owner.download("/resumes/pdf/?id=" + id);
        HttpResponse<byte[]> json = owner.download("/resumes/json/?id=" + id);

        assertAll(() -> assertEquals(200, pdf.statusCode()),
                () -> assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElseThrow()),
                () -> assertEquals("attachment; filename=\"Jose's CV.pdf\"; filename*=UTF-8''Jos%C3%A9%27s%20CV.pdf",
                        pdf.headers().firstValue("Content-Disposition").orElseThrow()),
                () -> assertEquals("no-store", pdf.headers().firstValue("Cache-Control").orElseThrow()),
                () -> assertEquals(200, json.statusCode()),
                () -> assertTrue(json.headers().firstValue("Content-Disposition").orElseThrow()
                        .startsWith("attachment; filename=\"Jose's CV.json\"")),
                () -> assertEquals("no-store", json.headers().firstValue("Cache-Control").orElseThrow()));
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document);
            assertAll(() -> assertTrue(text.contains("José Núñez"), text),
                    () -> assertTrue(text.contains("Data Engineer"), text),
                    () -> assertTrue(text.contains("李小龍"), text),
                    () -> assertEquals("José Núñez", document.getDocumentInformation().getAuthor()));
        }
        var exported = JsonResumeReader.read(new String(json.body(), StandardCharsets.UTF_8));
        assertEquals("José Núñez", exported.basics().name());
        assertEquals(List.of("Built the nightly warehouse load"), exported.work().get(0).highlights());
    }

    @Test
    void thePreviewIsTheDocumentAndOnlyThisSiteMayFrameIt() {
        FacesClient owner = signedIn("Ada");
        long id = create(owner, "Preview");
        Page preview = owner.get("/resumes/preview/?id=" + id);
        HttpResponse<byte[]> raw = owner.download("/resumes/preview/?id=" + id);
        assertAll(() -> assertEquals(200, preview.status()),
                () -> assertTrue(preview.html().contains("Ada Lovelace"), preview.html()),
                () -> assertEquals("SAMEORIGIN", raw.headers().firstValue("X-Frame-Options").orElseThrow()),
                () -> assertTrue(raw.headers().firstValue("Content-Security-Policy").orElseThrow()
                        .contains("frame-ancestors 'self'")),
                () -> assertEquals("no-store", raw.headers().firstValue("Cache-Control").orElseThrow()));
        Matcher css = Pattern.compile("href=\"(style\\.css\\?[^\"]+)\"").matcher(preview.html());
        assertTrue(css.find(), preview.html());
        HttpResponse<byte[]> stylesheet = owner.download("/resumes/preview/" + css.group(1).replace("&amp;", "&"));
        assertAll(() -> assertEquals(200, stylesheet.statusCode()),
                () -> assertTrue(stylesheet.headers().firstValue("Content-Type").orElseThrow().startsWith("text/css")));
        assertEquals(404, owner.download("/resumes/preview/style.css?template=fancy&accent=zzz").statusCode());
        assertTrue(new String(stylesheet.body(), StandardCharsets.UTF_8).contains("url('fonts/NotoSans-Regular.ttf')"));
        HttpResponse<byte[]> font = owner.download("/resumes/preview/fonts/NotoSans-Regular.ttf");
        assertAll(() -> assertEquals(200, font.statusCode()),
                () -> assertEquals("font/ttf", font.headers().firstValue("Content-Type").orElseThrow()),
                () -> assertEquals(404, owner.download("/resumes/preview/fonts/Secret.ttf").statusCode()));
    }

    @Test
    void pdfExportIsLimitedPerPerson() {
        FacesClient owner = signedIn("Rate");
        long id = create(owner, "Many downloads");
        int successes = 0;
        HttpResponse<byte[]> refused = null;
        // Windows are aligned to the minute, so a run that straddles a boundary may see up to twice the limit.
        for (int i = 0; i < 2 * ResumeExportServlet.PDFS_PER_MINUTE + 1 && refused == null; i++) {
            HttpResponse<byte[]> response = owner.download("/resumes/pdf/?id=" + id);
            if (response.statusCode() == 429) {
                refused = response;
            } else {
                assertEquals(200, response.statusCode());
                successes++;
            }
        }
        HttpResponse<byte[]> tooMany = refused;
        int allowed = successes;
        assertAll(() -> assertTrue(tooMany != null, "no download was refused"),
                () -> assertTrue(allowed >= ResumeExportServlet.PDFS_PER_MINUTE, "refused after " + allowed),
                () -> assertEquals("60", tooMany.headers().firstValue("Retry-After").orElseThrow()),
                () -> assertTrue(new String(tooMany.body(), StandardCharsets.UTF_8).contains("a lot at once")));
        FacesClient other = signedIn("Other");
        assertEquals(200, other.download("/resumes/pdf/?id=" + create(other, "Mine")).statusCode(),
                "another person's limit is their own");
    }

    @Test
    void importExplainsABadFileAndTakesAGoodOne() {
        FacesClient owner = signedIn("Import");
        Page notJson = owner.upload("/resumes/import/", "importForm", Map.of("title", "Broken"), "file", "cv.json",
                "{\"basics\": {\"name\": ".getBytes(StandardCharsets.UTF_8), "upload");
        Page wrongTypes = owner.upload("/resumes/import/", "importForm", Map.of("title", "Broken"), "file",
                "cv.json", """
                        {"basics": {"name": 42, "nickname": "Zo"}, "work": [{"startDate": "March 2020"}]}
                        """.getBytes(StandardCharsets.UTF_8), "upload");
        Page tooLarge = owner.upload("/resumes/import/", "importForm", Map.of(), "file", "big.json",
                ("{\"basics\": {\"summary\": \"" + "x".repeat(1024 * 1024) + "\"}}").getBytes(StandardCharsets.UTF_8),
                "upload");
        Page html = owner.upload("/resumes/import/", "importForm", Map.of(), "file", "cv.json",
                "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8), "upload");
        assertAll(() -> assertEquals("/resumes/import/", notJson.path()),
                () -> assertTrue(notJson.text().contains("This is not valid JSON"), notJson.text()),
                () -> assertTrue(wrongTypes.text().contains("/basics/name"), wrongTypes.text()),
                () -> assertTrue(wrongTypes.text().contains("/basics/nickname"), wrongTypes.text()),
                () -> assertTrue(wrongTypes.text().contains("/work/0/startDate"), wrongTypes.text()),
                () -> assertTrue(tooLarge.text().contains("larger than 1 MB"), tooLarge.text()),
                () -> assertTrue(html.text().contains("This is not valid JSON"), html.text()),
                () -> assertFalse(html.html().contains("<script>alert(1)"), "the file is never echoed as markup"));
        assertFalse(owner.get("/dashboard/").html().contains("Broken"), "nothing was created from a bad file");

        Page editor = owner.upload("/resumes/import/", "importForm", Map.of("title", "From JSON"), "file",
                "cv.json", "{\"basics\": {\"name\": \"Zoë Łukasiewicz\"}}".getBytes(StandardCharsets.UTF_8),
                "upload");
        assertTrue(EDITOR.matcher(editor.uri().toString()).find(), editor.uri().toString());
        assertTrue(editor.html().contains("Zoë Łukasiewicz"));
    }

    @Test
    void aSaveFromAStaleTabIsRefusedAndOverwritesNothing() {
        FacesClient owner = signedIn("Tabs");
        long id = create(owner, "Two tabs");
        Page first = owner.get("/resumes/edit/?id=" + id);
        Page second = owner.get("/resumes/edit/?id=" + id);

        Page saved = owner.post(first, "editor", design("Renamed in the first tab"), "save");
        Page stale = owner.post(second, "editor", design("Renamed in the second tab"), "save");

        assertAll(() -> assertTrue(saved.text().contains("Saved."), saved.text()),
                () -> assertTrue(stale.text().contains("changed in another tab or window"), stale.text()));
        assertTrue(owner.get("/dashboard/").html().contains("Renamed in the first tab"));
        assertFalse(owner.get("/dashboard/").html().contains("Renamed in the second tab"));
    }

    /** The editor's fields a save needs besides the resume's own: what a browser sends for the design. */
    private static Map<String, String> design(String title) {
        return Map.of("title", title, "template", "MODERN", "accent", "#1f4e79", "fontSize", "10", "paper", "A4");
    }

    private long create(FacesClient client, String title) {
        Page editor = client.submit("/dashboard/", "newResume", Map.of("title", title), "createFromProfile");
        Matcher id = EDITOR.matcher(editor.uri().toString());
        assertTrue(id.find(), editor.uri() + " " + editor.messages());
        return Long.parseLong(id.group(1));
    }

    private long imported(FacesClient client, String title, String json) {
        Page editor = client.upload("/resumes/import/", "importForm", Map.of("title", title), "file", "cv.json",
                json.getBytes(StandardCharsets.UTF_8), "upload");
        Matcher id = EDITOR.matcher(editor.uri().toString());
        assertTrue(id.find(), editor.uri() + " " + editor.text());
        return Long.parseLong(id.group(1));
    }

    private FacesClient client() {
        return new FacesClient(app, "198.51.100." + (CLIENTS.incrementAndGet() % 250 + 1));
    }

    private FacesClient signedIn(String firstName) {
        FacesClient client = client();
        String email = firstName.toLowerCase().replace("é", "e").replace("ë", "e") + "-" + UUID.randomUUID()
                + "@example.com";
        Page signedUp = client.submit("/accounts/signup/", "signup", Map.of("firstName", firstName, "lastName",
                firstName.equals("Ada") ? "Lovelace" : "Tester", "email", email, "password", PASSWORD,
                "confirmPassword", PASSWORD), "submit");
        assertEquals("/accounts/login/", signedUp.path(), signedUp.messages().toString());
        Page dashboard = client.submit("/accounts/login/", "loginForm", Map.of("login", email, "password", PASSWORD),
                "submit");
        assertEquals("/dashboard/", dashboard.path(), dashboard.messages().toString());
        return client;
    }
}
