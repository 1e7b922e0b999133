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
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code /resumes/preview/?id=…}: the resume's document as the PDF is made from it, for the frame beside the
 * editor; it shows the editor's unsaved draft when there is one. {@code /resumes/preview/style.css?template=…}
 * is its stylesheet, made from the design in the address, with the fonts the PDF embeds served from
 * {@code /resumes/preview/fonts/} so the preview looks the same on a machine that lacks them. Only this page may be
 * framed, and only by this site.
 */
@WebServlet(urlPatterns = "/resumes/preview/*")
public class ResumePreviewServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String FONTS = "/com/airesume/resumes/fonts/";
    private static final Map<String, String> FACES = Map.of(
            "NotoSans-Regular.ttf", "'Noto Sans'; font-weight: 400; font-style: normal",
            "NotoSans-Bold.ttf", "'Noto Sans'; font-weight: 700; font-style: normal",
            "NotoSans-Italic.ttf", "'Noto Sans'; font-weight: 400; font-style: italic",
            "NotoSans-BoldItalic.ttf", "'Noto Sans'; font-weight: 700; font-style: italic",
            "NotoSerif-Regular.ttf", "'Noto Serif'; font-weight: 400; font-style: normal",
            "NotoSerif-Bold.ttf", "'Noto Serif'; font-weight: 700; font-style: normal",
            "NotoSerif-Italic.ttf", "'Noto Serif'; font-weight: 400; font-style: italic",
            "DroidSansFallbackFull.ttf", "'Droid Sans Fallback'; font-weight: 400; font-style: normal");
    /** The browser's copy of the faces the PDF renderer registers itself; browsers fetch a face only when used. */
    private static final String FONT_FACES = FACES.entrySet().stream().sorted(Map.Entry.comparingByKey())
            .map(face -> "@font-face { font-family: " + face.getValue() + "; src: url('fonts/" + face.getKey()
                    + "') format('truetype'); font-display: swap; }\n")
            .collect(Collectors.joining());

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
        } else if (path.startsWith("/fonts/") && FACES.containsKey(path.substring("/fonts/".length()))) {
            font(path.substring("/fonts/".length()), response);
        } else {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private void document(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long owner = currentUser.id();
        long id = ResumeIds.parse(request.getParameter("id"));
        String photo = currentUser.photo()
                .map(key -> request.getContextPath() + "/accounts/profile/photo/?v=" + key).orElse(null);
        String document;
        try {
            // An unsaved draft is what the editor shows; the stored resume is then only checked, not read.
            Optional<PreviewDrafts.Draft> draft = drafts.find(id).filter(d -> resumes.find(owner, id).isPresent());
            if (draft.isPresent()) {
                document = rendering.xhtml(draft.get().content(), draft.get().design(), draft.get().layout(), photo);
            } else {
                ResumeDraft saved = resumes.open(owner, id);
                document = rendering.xhtml(saved.content(), saved.design(), saved.layout(), photo);
            }
        } catch (ResumeNotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
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
        response.getWriter().write(FONT_FACES + rendering.css(design.get()));
    }

    private static void font(String file, HttpServletResponse response) throws IOException {
        try (InputStream in = ResumePreviewServlet.class.getResourceAsStream(FONTS + file)) {
            if (in == null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            response.setCharacterEncoding((String) null);
            response.setContentType("font/ttf");
            response.setHeader("Cache-Control", "private, max-age=86400");
            in.transferTo(response.getOutputStream());
        }
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
