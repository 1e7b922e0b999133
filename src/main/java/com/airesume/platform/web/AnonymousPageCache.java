package com.airesume.platform.web;

import com.airesume.platform.config.Settings;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Serves the anonymous pages that every first-time visitor sees alike (home, login, signup, the first reset
 * step) from memory, rendered once by Faces.
 *
 * <p>Such a page differs between visitors only in its form token ({@link FormTokens}), so the rendering is kept
 * with the token cut out and each visitor gets the page with their own token put in: a visit costs an HMAC
 * instead of a Faces lifecycle. Anything that could make a page personal bypasses the cache: a method other
 * than GET, a query string ({@code ?next=} lands in the form's action), any cookie but the form key (a session,
 * remember-me, a flash message after a redirect, a reset in progress). Only a plain 200 HTML answer that set no
 * other cookie is kept. The pages change only with a new build, so an entry lives as long as the application;
 * with {@code DEBUG} a few seconds, as long as Faces takes to notice an edited page.
 */
public class AnonymousPageCache extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final Set<String> PAGES = Set.of("/", "/accounts/login/", "/accounts/signup/", "/accounts/password/reset/");
    private static final String TOKEN_MARK = "\u0000form-token\u0000";
    private static final Duration DEBUG_LIFETIME = Duration.ofSeconds(2);

    @Inject
    Settings settings;

    @Inject
    Clock clock;

    @Inject
    transient FormTokens tokens;
    private final transient ConcurrentMap<String, Page> pages = new ConcurrentHashMap<>();

    /** A rendering with the token cut out: the parts around each place it went. */
    private record Page(String contentType, String[] parts, Instant expires) {

        boolean hasForm() {
            return parts.length > 1;
        }

        byte[] with(String token) {
            return String.join(token, parts).getBytes(StandardCharsets.UTF_8);
        }
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!"GET".equals(request.getMethod()) || request.getQueryString() != null || !PAGES.contains(path)
                || hasPersonalCookie(request)) {
            chain.doFilter(request, response);
            return;
        }
        Page page = pages.get(path);
        if (page != null && clock.instant().isBefore(page.expires())) {
            byte[] body = page.hasForm() ? page.with(tokens.tokenFor(StatelessForms.browserKey(request, response)))
                    : page.with("");
            response.setContentType(page.contentType());
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
            return;
        }
        Capture capture = new Capture(response);
        chain.doFilter(request, capture);
        byte[] body = capture.body();
        if (capture.cacheable()) {
            String html = new String(body, StandardCharsets.UTF_8);
            String key = StatelessForms.browserKeyOf(request);
            String[] parts = key == null ? new String[] {html}
                    : html.replace(tokens.tokenFor(key), TOKEN_MARK).split(TOKEN_MARK, -1);
            Instant expires = settings.debug() ? clock.instant().plus(DEBUG_LIFETIME) : Instant.MAX;
            pages.put(path, new Page(capture.getContentType(), parts, expires));
        }
        if (!response.isCommitted()) {
            response.setContentLength(body.length);
        }
        response.getOutputStream().write(body);
    }

    private static boolean hasPersonalCookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (!FormTokens.COOKIE.equals(cookie.getName())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The page as Faces writes it, held back until it is complete; headers go through as they are set. */
    private static final class Capture extends HttpServletResponseWrapper {

        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(16 * 1024);
        private ServletOutputStream stream;
        private PrintWriter writer;
        private int status = SC_OK;
        private boolean personal;

        Capture(HttpServletResponse response) {
            super(response);
        }

        boolean cacheable() {
            String type = getContentType();
            return status == SC_OK && !personal && type != null && type.startsWith("text/html")
                    && type.toLowerCase(Locale.ROOT).contains("utf-8");
        }

        byte[] body() {
            if (writer != null) {
                writer.flush();
            }
            return buffer.toByteArray();
        }

        @Override
        public void setStatus(int status) {
            this.status = status;
            super.setStatus(status);
        }

        @Override
        public void sendError(int status) throws IOException {
            this.status = status;
            super.sendError(status);
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            this.status = status;
            super.sendError(status, message);
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            this.status = SC_FOUND;
            super.sendRedirect(location);
        }

        @Override
        public void addCookie(Cookie cookie) {
            // The form key is every browser's own and is set again for each; any other cookie is personal.
            personal |= !FormTokens.COOKIE.equals(cookie.getName());
            super.addCookie(cookie);
        }

        @Override
        public void setContentLength(int length) {
            // The length is set once the whole page is known.
        }

        @Override
        public void setContentLengthLong(long length) {
            // The length is set once the whole page is known.
        }

        @Override
        public void flushBuffer() {
            // Held back until the page is complete.
        }

        @Override
        public void resetBuffer() {
            buffer.reset();
        }

        @Override
        public void reset() {
            buffer.reset();
            super.reset();
        }

        @Override
        public ServletOutputStream getOutputStream() {
            if (stream == null) {
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) {
                        buffer.write(b);
                    }

                    @Override
                    public void write(byte[] bytes, int offset, int length) {
                        buffer.write(bytes, offset, length);
                    }

                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        throw new UnsupportedOperationException("pages are written synchronously");
                    }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                writer = new PrintWriter(new OutputStreamWriter(buffer, StandardCharsets.UTF_8));
            }
            return writer;
        }
    }
}
