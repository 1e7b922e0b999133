package com.airesume.resumes.control;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.airesume.resumes.entity.JsonResume;
import com.airesume.resumes.entity.Paper;
import com.airesume.resumes.entity.ResumeDesign;
import com.airesume.resumes.entity.SectionLayout;
import com.airesume.resumes.entity.Template;
import com.airesume.testing.PdfPages;
import com.sun.net.httpserver.HttpServer;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The PDF a person downloads, opened with PDFBox as a reader would: pages, paper size, the text an applicant
 * tracking system extracts, embedded fonts, metadata, the photo; and that rendering fetches nothing from anywhere.
 * The first page of each template is saved to {@code target/screenshots/templates/}.
 */
class PdfRendererTest {

    private static final String FONT_CACHE_DIRECTORY = "pdfbox.fontcache";

    @TempDir
    static Path fontCache;

    private static PdfRenderer renderer;
    private static String photo;

    @BeforeAll
    static void start() throws IOException {
        System.setProperty(FONT_CACHE_DIRECTORY, fontCache.toString());
        renderer = new PdfRenderer();
        photo = "data:image/png;base64," + Base64.getEncoder().encodeToString(portraitPng());
    }

    @AfterAll
    static void stop() {
        System.clearProperty(FONT_CACHE_DIRECTORY);
    }

    static Stream<Arguments> designs() {
        return Stream.of(Template.values()).flatMap(t -> Stream.of(Paper.values()).map(p -> Arguments.of(t, p)));
    }

    @ParameterizedTest
    @MethodSource("designs")
    void aLongResumeIsAReadableMultiPagePdf(Template template, Paper paper) throws IOException {
        ResumeDesign design = ResumeDesign.DEFAULT.withTemplate(template).withPaper(paper);
        byte[] pdf = render(SampleResumes.longResume(), design, photo);
        if (paper == Paper.A4) {
            PdfPages.savePng(pdf, 0, Path.of("target/screenshots/templates", template.key() + ".png"));
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            PDRectangle size = document.getPage(0).getMediaBox();
            PDRectangle expected = paper == Paper.A4 ? PDRectangle.A4 : PDRectangle.LETTER;
            List<Executable> checks = new ArrayList<>(List.of(
                    () -> assertTrue(document.getNumberOfPages() >= 2, "pages: " + document.getNumberOfPages()),
                    () -> assertEquals(expected.getWidth(), size.getWidth(), 1, "width"),
                    () -> assertEquals(expected.getHeight(), size.getHeight(), 1, "height"),
                    () -> assertEquals(SampleResumes.NAME, document.getDocumentInformation().getTitle()),
                    () -> assertEquals(SampleResumes.NAME, document.getDocumentInformation().getAuthor()),
                    () -> assertTrue(text.contains("José Núñez"), "Spanish text"),
                    () -> assertTrue(text.contains("李小龍"), "Chinese text"),
                    () -> assertTrue(text.contains("Apr 2020 – present"), "an open end reads present"),
                    () -> assertTrue(text.contains("Back-office tools"), "no ligatures in the text layer"),
                    () -> assertTrue(text.indexOf(SampleResumes.NAME) >= 0
                            && text.indexOf(SampleResumes.NAME) < text.indexOf(SampleResumes.LABEL)
                            && text.indexOf(SampleResumes.LABEL) < text.indexOf("Allegro")
                            && text.indexOf("Allegro") < text.indexOf("Dataprom"),
                            "name, title, then jobs in order"),
                    () -> assertEquals(List.of(), fontsNotEmbedded(document)),
                    () -> assertEquals(template.showsPhoto() ? 1 : 0, images(document), "photo images")));
            SampleResumes.COMPANIES.forEach(c -> checks.add(() -> assertTrue(text.contains(c), c)));
            List.of("Senior Software Engineer", "Software Engineer", "Backend Developer", "Intern")
                    .forEach(p -> checks.add(() -> assertTrue(text.contains(p), p)));
            assertAll(checks);
        }
    }

    @Test
    void aShortResumeFitsOnOnePage() throws IOException {
        JsonResume shortOne = SampleResumes.withBasics(SampleResumes.basics("José Núñez", "Chef"));
        try (PDDocument document = Loader.loadPDF(render(shortOne, ResumeDesign.DEFAULT, null))) {
            String text = new PDFTextStripper().getText(document);
            assertAll(() -> assertEquals(1, document.getNumberOfPages()),
                    () -> assertTrue(text.contains("José Núñez")), () -> assertTrue(text.contains("Chef")),
                    () -> assertTrue(text.contains("zoe@example.com")));
        }
    }

    @Test
    void nothingIsFetchedFromTheNetworkOrTheDisk() throws IOException {
        AtomicInteger hits = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            hits.incrementAndGet();
            byte[] body = "body { color: red; }".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            String here = "http://127.0.0.1:" + server.getAddress().getPort();
            String xhtml = """
                    <!DOCTYPE html>
                    <html xmlns="http://www.w3.org/1999/xhtml" lang="en"><head><title>Hostile</title>
                    <link rel="stylesheet" href="%1$s/evil.css"/>
                    <link rel="stylesheet" href="file:///etc/passwd"/>
                    <link rel="stylesheet" href="resume.css"/>
                    </head><body>
                    <p>Still rendered</p>
                    <img src="%1$s/x.png" alt="remote"/>
                    <img src="https://127.0.0.1:%2$d/y.png" alt="remote tls"/>
                    <img src="file:///etc/passwd" alt="local file"/>
                    <img src="jar:file:///etc/passwd!/x.png" alt="jar"/>
                    <img src="data:image/svg+xml;base64,PHN2Zy8+" alt="svg"/>
                    <object data="%1$s/o.pdf" type="application/pdf">object</object>
                    <a href="%1$s/file.bin" download="x">download</a>
                    </body></html>
                    """.formatted(here, server.getAddress().getPort());
            String css = """
                    @font-face { font-family: Evil; src: url(%1$s/font.ttf); }
                    @import url(%1$s/imported.css);
                    body { font-family: Evil, 'Noto Sans'; background-image: url(%1$s/bg.png); }
                    p { background: url(file:///etc/hostname); }
                    """.formatted(here);
            byte[] pdf = renderer.render(xhtml, css, "Hostile", "Nobody");
            try (PDDocument document = Loader.loadPDF(pdf)) {
                String text = new PDFTextStripper().getText(document);
                assertAll(() -> assertEquals(0, hits.get(), "requests that reached the server"),
                        () -> assertTrue(text.contains("Still rendered")),
                        () -> assertEquals(0, images(document)));
            }
        } finally {
            server.stop(0);
        }
    }

    @Test
    void pdfBoxReadsNoFontOfTheMachineWritesNoFontCacheAndWarnsAboutNoFont() {
        List<String> warnings = new CopyOnWriteArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                    warnings.add(record.getLoggerName() + ": " + record.getMessage());
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger pdfBox = Logger.getLogger("org.apache.pdfbox");
        pdfBox.addHandler(handler);
        try {
            for (Template template : Template.values()) {
                render(SampleResumes.longResume(), ResumeDesign.DEFAULT.withTemplate(template), photo);
            }
        } finally {
            pdfBox.removeHandler(handler);
        }
        assertAll(() -> assertFalse(Files.exists(fontCache.resolve(".pdfbox.cache")),
                        "PDFBox read the machine's fonts and cached them"),
                () -> assertEquals(List.of(), warnings));
    }

    @Test
    void thePhotoIsEmbeddedOnceAndOnlyByATemplateThatShowsIt() throws IOException {
        JsonResume resume = SampleResumes.withBasics(SampleResumes.basics(SampleResumes.NAME, SampleResumes.LABEL));
        ResumeDesign portrait = ResumeDesign.DEFAULT.withTemplate(Template.PORTRAIT);
        try (PDDocument with = Loader.loadPDF(render(resume, portrait, photo));
                PDDocument without = Loader.loadPDF(render(resume, portrait, null));
                PDDocument classic = Loader.loadPDF(render(resume, ResumeDesign.DEFAULT, photo))) {
            assertAll(() -> assertEquals(1, images(with)), () -> assertEquals(0, images(without)),
                    () -> assertEquals(0, images(classic)));
        }
    }

    @Test
    void oneRendererServesManyRequestsAtOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> texts = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                Template template = Template.values()[i % Template.values().length];
                String name = i + " 李小龍 Núñez";
                texts.add(pool.submit(() -> {
                    byte[] pdf = render(SampleResumes.withBasics(SampleResumes.basics(name, template.key())),
                            ResumeDesign.DEFAULT.withTemplate(template), null);
                    try (PDDocument document = Loader.loadPDF(pdf)) {
                        return new PDFTextStripper().getText(document);
                    }
                }));
            }
            for (int i = 0; i < texts.size(); i++) {
                String text = texts.get(i).get(60, TimeUnit.SECONDS);
                assertTrue(text.contains(i + " 李小龍 Núñez"), text);
                assertTrue(text.contains(Template.values()[i % Template.values().length].key()), text);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void fontsLoseOnlyTheirLigatureTable() throws IOException {
        byte[] original;
        try (var in = PdfRenderer.class.getResourceAsStream("/com/airesume/resumes/fonts/NotoSans-Regular.ttf")) {
            original = in.readAllBytes();
        }
        byte[] stripped = PdfRenderer.withoutTable(original, "GSUB");
        try (TrueTypeFont before = new TTFParser().parse(new RandomAccessReadBuffer(original));
                TrueTypeFont after = new TTFParser().parse(new RandomAccessReadBuffer(stripped))) {
            assertAll(() -> assertTrue(before.getTableMap().containsKey("GSUB")),
                    () -> assertFalse(after.getTableMap().containsKey("GSUB")),
                    () -> assertEquals(before.getTableMap().size() - 1, after.getTableMap().size()),
                    () -> assertEquals(before.getNumberOfGlyphs(), after.getNumberOfGlyphs()),
                    () -> assertEquals(before.getName(), after.getName()),
                    () -> assertEquals(before.getUnicodeCmapLookup().getGlyphId('Ł'),
                            after.getUnicodeCmapLookup().getGlyphId('Ł')),
                    () -> assertEquals(before.getAdvanceWidth(1234), after.getAdvanceWidth(1234)),
                    () -> assertTrue(after.getGlyph().getGlyph(after.getUnicodeCmapLookup().getGlyphId('Ł'))
                            .getPath().getBounds2D().getWidth() > 0));
        }
    }

    private static byte[] render(JsonResume resume, ResumeDesign design, String photoUri) {
        String xhtml = ResumeDocument.xhtml(resume, design, SectionLayout.DEFAULT, SampleResumes.texts(),
                "style.css", photoUri);
        String title = resume.basics().name() == null ? "Resume" : resume.basics().name();
        return renderer.render(xhtml, ResumeStylesheet.css(design), title, title);
    }

    private static List<String> fontsNotEmbedded(PDDocument document) throws IOException {
        List<String> missing = new ArrayList<>();
        for (PDPage page : document.getPages()) {
            PDResources resources = page.getResources();
            for (COSName name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                if (!font.isEmbedded()) {
                    missing.add(font.getName());
                }
            }
        }
        return missing;
    }

    private static int images(PDDocument document) throws IOException {
        int images = 0;
        for (PDPage page : document.getPages()) {
            PDResources resources = page.getResources();
            for (COSName name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof PDImageXObject) {
                    images++;
                }
            }
        }
        return images;
    }

    /** A neutral head-and-shoulders placeholder, as a person's photo would be: square, a few kilobytes. */
    private static byte[] portraitPng() throws IOException {
        BufferedImage image = new BufferedImage(240, 240, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(0xdde5ee));
        g.fillRect(0, 0, 240, 240);
        g.setColor(new Color(0x7d8fa3));
        g.fillOval(80, 50, 80, 90);
        g.fillOval(35, 150, 170, 160);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
