package com.airesume.resumes.boundary;

import com.airesume.platform.web.Texts;
import com.airesume.resumes.control.PdfRenderer;
import com.airesume.resumes.control.ResumeDocument;
import com.airesume.resumes.control.ResumeStylesheet;
import com.airesume.resumes.entity.JsonResume;
import com.airesume.resumes.entity.ResumeDesign;
import com.airesume.resumes.entity.SectionLayout;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Turns a resume into its document: the XHTML the preview shows and, from that same XHTML and stylesheet, the
 * PDF. Rendering a PDF takes a core for tens of milliseconds, so at most one render per core runs at a time; a
 * request that cannot start one within a few seconds is told the server is busy instead of queueing without end.
 */
@ApplicationScoped
public class ResumeRendering {

    /** Where the preview's stylesheet lives, relative to the preview page. */
    static final String STYLESHEET = "style.css";
    private static final long WAIT_SECONDS = 5;

    private final Semaphore renders = new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors()), true);
    private PdfRenderer renderer;

    @PostConstruct
    void start() {
        renderer = new PdfRenderer();
    }

    /** The resume's document; the stylesheet is linked by its design, relative to the preview's address. */
    public String xhtml(JsonResume content, ResumeDesign design, SectionLayout layout, String photoUri) {
        return ResumeDocument.xhtml(content, design, layout, texts(), stylesheetHref(design), photoUri);
    }

    public String css(ResumeDesign design) {
        return ResumeStylesheet.css(design);
    }

    /**
     * The resume as a PDF, or empty when every render slot stayed busy for a few seconds.
     *
     * @param photoDataUri the photo as a {@code data:} URI, or null; the renderer fetches nothing else
     */
    public Optional<byte[]> pdf(String title, JsonResume content, ResumeDesign design, SectionLayout layout,
            String photoDataUri) throws InterruptedException {
        String document = xhtml(content, design, layout, photoDataUri);
        if (!renders.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS)) {
            return Optional.empty();
        }
        try {
            String author = content.basics().name() == null ? "" : content.basics().name();
            return Optional.of(renderer.render(document, css(design), title, author));
        } finally {
            renders.release();
        }
    }

    static String stylesheetHref(ResumeDesign design) {
        return STYLESHEET + "?template=" + design.template().key() + "&accent=" + design.accent().substring(1)
                + "&size=" + design.fontSize() + "&paper=" + design.paper().name().toLowerCase(Locale.ROOT);
    }

    private static ResourceBundle texts() {
        return ResourceBundle.getBundle(Texts.BUNDLE, Locale.ENGLISH);
    }
}
