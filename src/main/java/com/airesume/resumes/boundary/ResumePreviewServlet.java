package com.airesume.resumes.boundary;

import com.airesume.accounts.boundary.CurrentUser;
import com.airesume.resumes.entity.Paper;
import com.airesume.resumes.entity.ResumeDesign;
import com.airesume.resumes.entity.Template;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code /resumes/preview/?id=…}: the resume's document as the PDF is made from it, for the frame beside the
 * editor; it shows the editor's unsaved draft when there is one. {@code /resumes/preview/style.css?template=…}
 * is its stylesheet, made from the design in the address. Only this page may be framed, and only by this site.
 */
@WebServlet(urlPatterns = "/resumes/preview/*")
public class ResumePreviewServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    Resumes resumes;

    @Inject
    CurrentUser currentUser;

    @Inject
    PreviewDrafts drafts;

    @Inject
    ResumeRendering rendering;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "/" : request.getPathInfo();
        if (path.equals("/")) {
            document(request, response);
        } else if (path.equals("/" + ResumeRendering.STYLESHEET)) {
            stylesheet(request, response);
        } else {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private void document(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ResumeDraft saved;
        try {
            saved = resumes.open(currentUser.id(), ResumeIds.parse(request.getParameter("id")));
        } catch (ResumeNotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String document = drafts.find(saved.id())
                .map(d -> rendering.xhtml(d.content(), d.design(), d.layout(), null))
                .orElseGet(() -> rendering.xhtml(saved.content(), saved.design(), saved.layout(), null));
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        response.setHeader("Content-Security-Policy", "default-src 'self'; object-src 'none'; base-uri 'none';"
                + " frame-ancestors 'self'; form-action 'none'");
        response.getWriter().write(document);
    }

    private void stylesheet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<ResumeDesign> design = design(request);
        if (design.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("text/css;charset=UTF-8");
        response.setHeader("Cache-Control", "private, max-age=3600");
        response.getWriter().write(rendering.css(design.get()));
    }

    static Optional<ResumeDesign> design(HttpServletRequest request) {
        try {
            return Optional.of(new ResumeDesign(
                    Template.valueOf(request.getParameter("template").toUpperCase(Locale.ROOT)),
                    "#" + request.getParameter("accent"), Integer.parseInt(request.getParameter("size")),
                    Paper.valueOf(request.getParameter("paper").toUpperCase(Locale.ROOT))));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
