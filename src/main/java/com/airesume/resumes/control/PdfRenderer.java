package com.airesume.resumes.control;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.extend.FSStreamFactory;
import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceType;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.FontMappers;

/**
 * Renders a resume document ({@link ResumeDocument}, {@link ResumeStylesheet}) to PDF with openhtmltopdf, in
 * process and without any network or file access. Create one and share it: it is thread-safe.
 * <ul>
 * <li><b>Fonts</b> ship with the application (Noto Sans, Noto Serif, Droid Sans Fallback for Chinese, Japanese
 * and Korean; see {@code fonts/LICENSES.md}). They are read into memory once, here, and embedded as subsets, so
 * a PDF looks the same everywhere and stays small. Their metrics are cached across renders, so a font file is
 * parsed only when a render needs its glyphs. PDFBox knows no other fonts ({@link ShippedFontMapper}), so it
 * never reads the machine's fonts nor writes a font cache to the home directory.</li>
 * <li><b>Nothing is fetched.</b> Every stylesheet link resolves to the style sheet given with the document, and
 * the only images are {@code data:image/png} and {@code data:image/jpeg} URIs: a caller passes the photo that
 * way. Every other URI, whatever its scheme ({@code http}, {@code file}, {@code jar}…), is refused before any
 * stream is opened, and the stream factories for the usual schemes refuse too, so a document cannot make the
 * server connect anywhere (no server-side request forgery) or read its files.</li>
 * <li>The document information (title, author) is set from the arguments; openhtmltopdf's own logging, which
 * is chatty and writes to its own console handler, goes to {@code java.util.logging} with its info messages
 * lowered to {@code FINE}.</li>
 * </ul>
 */
public final class PdfRenderer {

    private static final Logger LOG = Logger.getLogger(PdfRenderer.class.getName());
    private static final String FONTS = "/com/airesume/resumes/fonts/";
    private static final String DOCUMENT_URI = "resume:/document";
    private static final String STYLESHEET_URI = "resume:/stylesheet";
    private static final String STYLESHEET_SCHEME = "resume";
    private static final Pattern IMAGE_DATA = Pattern.compile("data:image/(png|jpeg);base64,[A-Za-z0-9+/=\\s]+");
    private static final List<String> REFUSED_SCHEMES = List.of("http", "https", "file", "ftp", "jar", "classpath",
            "jrt", "mailto", "gopher", "netdoc", "ldap", "dict", "smb", "sftp");

    private record Face(String file, String family, int weight, FontStyle style) {
    }

    private static final List<Face> FACES = List.of(
            new Face("NotoSans-Regular.ttf", "Noto Sans", 400, FontStyle.NORMAL),
            new Face("NotoSans-Bold.ttf", "Noto Sans", 700, FontStyle.NORMAL),
            new Face("NotoSans-Italic.ttf", "Noto Sans", 400, FontStyle.ITALIC),
            new Face("NotoSans-BoldItalic.ttf", "Noto Sans", 700, FontStyle.ITALIC),
            new Face("NotoSerif-Regular.ttf", "Noto Serif", 400, FontStyle.NORMAL),
            new Face("NotoSerif-Bold.ttf", "Noto Serif", 700, FontStyle.NORMAL),
            new Face("NotoSerif-Italic.ttf", "Noto Serif", 400, FontStyle.ITALIC),
            new Face("DroidSansFallbackFull.ttf", "Droid Sans Fallback", 400, FontStyle.NORMAL));

    private record LoadedFace(Face face, byte[] bytes) {
    }

    private final List<LoadedFace> faces;
    private final FSCacheEx<String, FSCacheValue> fontMetrics = new FSDefaultCacheStore();

    /** Reads the fonts; do this once. */
    public PdfRenderer() {
        faces = FACES.stream().map(f -> new LoadedFace(f, withoutTable(read(FONTS + f.file()), "GSUB"))).toList();
        FontMappers.set(new ShippedFontMapper(faces.get(0).bytes()));
        routeLibraryLogging();
    }

    /**
     * The document as a PDF.
     *
     * @param xhtml a well-formed XHTML document, such as {@link ResumeDocument#xhtml} writes
     * @param css the style sheet every stylesheet link of the document stands for
     * @param title the PDF's title
     * @param author the PDF's author
     */
    public byte[] render(String xhtml, String css, String title, String author) {
        Objects.requireNonNull(xhtml, "xhtml");
        Objects.requireNonNull(css, "css");
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .useFastMode()
                .withHtmlContent(xhtml, DOCUMENT_URI)
                .useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, fontMetrics)
                .useUriResolver(PdfRenderer::resolve)
                .useExternalResourceAccessControl(PdfRenderer::allowed,
                        ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                .useExternalResourceAccessControl(PdfRenderer::allowedResolved,
                        ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                .useHttpStreamImplementation(PdfRenderer::refuse)
                .useProtocolsStreamImplementation(PdfRenderer::refuse, REFUSED_SCHEMES.toArray(String[]::new))
                .useProtocolsStreamImplementation(new Stylesheet(css), STYLESHEET_SCHEME)
                .useProtocolsStreamImplementation(PdfRenderer::imageData, "data")
                .withProducer("AI Resume Builder");
        for (LoadedFace loaded : faces) {
            Face face = loaded.face();
            byte[] bytes = loaded.bytes();
            builder.useFont(() -> new ByteArrayInputStream(bytes), face.family(), face.weight(), face.style(), true);
        }
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer();
                PDDocument pdf = renderer.createPDFKeepOpen()) {
            PDDocumentInformation information = pdf.getDocumentInformation();
            information.setTitle(title);
            information.setAuthor(author);
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render the resume as PDF", e);
        }
    }

    /** A photo's data URI stays itself; every other address, whatever it says, is the document's style sheet. */
    private static String resolve(String baseUri, String uri) {
        if (uri == null) {
            return null;
        }
        return IMAGE_DATA.matcher(uri).matches() ? uri : STYLESHEET_URI;
    }

    private static boolean allowed(String uri, ExternalResourceType type) {
        return type == ExternalResourceType.CSS
                || type == ExternalResourceType.IMAGE_RASTER && IMAGE_DATA.matcher(uri).matches();
    }

    private static boolean allowedResolved(String uri, ExternalResourceType type) {
        return type == ExternalResourceType.CSS ? STYLESHEET_URI.equals(uri) : allowed(uri, type);
    }

    private static FSStream refuse(String uri) {
        LOG.fine(() -> "Refused to fetch " + uri);
        return new TextStream(null);
    }

    private static FSStream imageData(String uri) {
        if (!IMAGE_DATA.matcher(uri).matches()) {
            return refuse(uri);
        }
        String base64 = uri.substring(uri.indexOf(',') + 1);
        return new BytesStream(Base64.getMimeDecoder().decode(base64));
    }

    /**
     * The style sheet for the first request of a render, an empty one for any later: a document may link the
     * style sheet more than once, and a sheet importing itself would otherwise never end.
     */
    private static final class Stylesheet implements FSStreamFactory {

        private final String css;
        private final AtomicBoolean served = new AtomicBoolean();

        Stylesheet(String css) {
            this.css = css;
        }

        @Override
        public FSStream getUrl(String uri) {
            return new TextStream(served.getAndSet(true) ? "" : css);
        }
    }

    private record TextStream(String text) implements FSStream {
        @Override
        public InputStream getStream() {
            return text == null ? null : new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public Reader getReader() {
            return text == null ? null : new StringReader(text);
        }
    }

    private record BytesStream(byte[] bytes) implements FSStream {
        @Override
        public InputStream getStream() {
            return new ByteArrayInputStream(bytes);
        }

        @Override
        public Reader getReader() {
            return null;
        }
    }

    /**
     * The TrueType font without one of its tables. PDFBox applies a font's glyph substitutions (ligatures) to
     * Latin text with regular expressions compiled for every run of text, which took four fifths of a render;
     * openhtmltopdf measures text without them anyway, and text without ligatures is what applicant tracking
     * systems read best. The font's outlines are untouched.
     */
    static byte[] withoutTable(byte[] font, String tag) {
        ByteBuffer in = ByteBuffer.wrap(font);
        int tables = Short.toUnsignedInt(in.getShort(4));
        List<int[]> kept = new ArrayList<>(tables);
        for (int i = 0; i < tables; i++) {
            int record = 12 + 16 * i;
            if (!new String(font, record, 4, StandardCharsets.ISO_8859_1).equals(tag)) {
                kept.add(new int[] {record, in.getInt(record + 8), in.getInt(record + 12)});
            }
        }
        if (kept.size() == tables) {
            return font;
        }
        int dataStart = 12 + 16 * kept.size();
        int size = dataStart + kept.stream().mapToInt(t -> (t[2] + 3) & ~3).sum();
        ByteBuffer out = ByteBuffer.allocate(size);
        int searchRange = Integer.highestOneBit(kept.size()) * 16;
        out.putInt(in.getInt(0)).putShort((short) kept.size()).putShort((short) searchRange)
                .putShort((short) (31 - Integer.numberOfLeadingZeros(kept.size())))
                .putShort((short) (kept.size() * 16 - searchRange));
        int offset = dataStart;
        for (int[] table : kept) {
            out.put(font, table[0], 8).putInt(offset).putInt(table[2]);
            out.put(offset, font, table[1], table[2]);
            offset += (table[2] + 3) & ~3;
        }
        return out.array();
    }

    private static byte[] read(String resource) {
        try (InputStream in = PdfRenderer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing font " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Openhtmltopdf logs through one static logger; it is set once for the whole application, here. */
    private static void routeLibraryLogging() {
        synchronized (XRLog.class) {
            if (!(XRLog.getLoggerImpl() instanceof JulLogger)) {
                XRLog.setLoggerImpl(new JulLogger());
            }
        }
    }

    private static final class JulLogger implements XRLogger {

        /** Info is chatter; the style sheet serves browsers too, so properties unknown to the PDF are expected. */
        private static Level lowered(String where, Level level) {
            return level.intValue() < Level.WARNING.intValue() || XRLog.CSS_PARSE.equals(where) ? Level.FINE : level;
        }

        @Override
        public void log(String where, Level level, String msg) {
            Logger.getLogger(where).log(lowered(where, level), msg);
        }

        @Override
        public void log(String where, Level level, String msg, Throwable th) {
            Logger.getLogger(where).log(lowered(where, level), msg, th);
        }

        @Override
        public void setLevel(String logger, Level level) {
            Logger.getLogger(logger).setLevel(level);
        }

        @Override
        public boolean isLogLevelEnabled(Diagnostic diagnostic) {
            String where = diagnostic.getLogMessageId().getWhere();
            return Logger.getLogger(where).isLoggable(lowered(where, diagnostic.getLevel()));
        }
    }
}
