package com.airesume.resumes.boundary;

import com.airesume.accounts.boundary.CurrentUser;
import com.airesume.media.boundary.MediaStore;
import com.airesume.media.boundary.MediaUnavailableException;
import com.airesume.platform.limits.RateLimits;
import com.airesume.resumes.control.DownloadNames;
import com.airesume.resumes.entity.Resume;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * {@code /resumes/pdf/?id=…} and {@code /resumes/json/?id=…}: a resume downloaded as a PDF or as a JSON Resume
 * file, named after its title, never cached. PDFs cost a render each, so a person gets {@value #PDFS_PER_MINUTE}
 * a minute (429 after that), and a render that finds every slot busy for a few seconds answers 503.
 */
@WebServlet(urlPatterns = {"/resumes/pdf/", "/resumes/json/"})
public class ResumeExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ResumeExportServlet.class.getName());
    static final int PDFS_PER_MINUTE = 10;

    @Inject
    Resumes resumes;

    @Inject
    CurrentUser currentUser;

    @Inject
    ResumeRendering rendering;

    @Inject
    MetricRegistry metrics;

    @Inject
    RateLimits limits;

    @Inject
    MediaStore media;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long owner = currentUser.id();
        long id = ResumeIds.parse(request.getParameter("id"));
        try {
            if (request.getServletPath().startsWith("/resumes/json")) {
                Resume stored = resumes.get(owner, id);
                send(response, "application/json", DownloadNames.attachment(stored.getTitle(), "json"),
                        stored.getContentJson().getBytes(StandardCharsets.UTF_8));
            } else {
                pdf(owner, resumes.open(owner, id), response);
            }
        } catch (ResumeNotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private void pdf(long owner, ResumeDraft resume, HttpServletResponse response) throws IOException {
        if (!limits.tryAcquire("resume-pdf", Long.toString(owner), PDFS_PER_MINUTE, Duration.ofMinutes(1))) {
            response.setHeader("Retry-After", "60");
            response.sendError(429);
            return;
        }
        Optional<byte[]> pdf;
        try {
            pdf = rendering.pdf(resume.title(), resume.content(), resume.design(), resume.layout(),
                    resume.design().template().showsPhoto() ? photoDataUri() : null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            pdf = Optional.empty();
        }
        if (pdf.isEmpty()) {
            response.setHeader("Retry-After", "5");
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return;
        }
        metrics.counter("pdf_exports").inc();
        send(response, "application/pdf", DownloadNames.attachment(resume.title(), "pdf"), pdf.get());
    }

    /** The profile photo for the PDF, which fetches nothing itself; without one, the template leaves it out. */
    private String photoDataUri() {
        try {
            Optional<String> key = currentUser.photo();
            return (key.isEmpty() ? Optional.<byte[]>empty() : media.get(key.get()))
                    .map(jpeg -> "data:image/jpeg;base64," + Base64.getEncoder().encodeToString(jpeg)).orElse(null);
        } catch (MediaUnavailableException e) {
            LOG.log(Level.WARNING, "PDF made without the photo, which is not readable: " + e.getMessage());
            return null;
        }
    }

    private static void send(HttpServletResponse response, String type, String disposition, byte[] body)
            throws IOException {
        // The application's default response encoding would otherwise be appended to a binary type.
        response.setCharacterEncoding((String) null);
        response.setContentType(type);
        response.setHeader("Content-Disposition", disposition);
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
