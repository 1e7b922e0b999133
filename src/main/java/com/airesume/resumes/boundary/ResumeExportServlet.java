package com.airesume.resumes.boundary;

import com.airesume.accounts.boundary.CurrentUser;
import com.airesume.platform.limits.RateLimits;
import com.airesume.resumes.control.DownloadNames;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * {@code /resumes/pdf/?id=…} and {@code /resumes/json/?id=…}: a resume downloaded as a PDF or as a JSON Resume
 * file, named after its title, never cached. PDFs cost a render each, so a person gets {@value #PDFS_PER_MINUTE}
 * a minute (429 after that), and a render that finds every slot busy for a few seconds answers 503.
 */
@WebServlet(urlPatterns = {"/resumes/pdf/", "/resumes/json/"})
public class ResumeExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final int PDFS_PER_MINUTE = 10;

    @Inject
    Resumes resumes;

    @Inject
    CurrentUser currentUser;

    @Inject
    ResumeRendering rendering;

    @Inject
    RateLimits limits;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long owner = currentUser.id();
        ResumeDraft resume;
        try {
            resume = resumes.open(owner, ResumeIds.parse(request.getParameter("id")));
        } catch (ResumeNotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (request.getServletPath().startsWith("/resumes/json")) {
            byte[] json = resumes.exportJson(owner, resume.id()).getBytes(StandardCharsets.UTF_8);
            send(response, "application/json", DownloadNames.attachment(resume.title(), "json"), json);
            return;
        }
        if (!limits.tryAcquire("resume-pdf", Long.toString(owner), PDFS_PER_MINUTE, Duration.ofMinutes(1))) {
            response.setHeader("Retry-After", "60");
            response.sendError(429);
            return;
        }
        Optional<byte[]> pdf;
        try {
            pdf = rendering.pdf(resume.title(), resume.content(), resume.design(), resume.layout(), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            pdf = Optional.empty();
        }
        if (pdf.isEmpty()) {
            response.setHeader("Retry-After", "5");
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return;
        }
        send(response, "application/pdf", DownloadNames.attachment(resume.title(), "pdf"), pdf.get());
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
