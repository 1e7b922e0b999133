package com.airesume.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One browser without a screen: its own cookies, following redirects, posting Faces forms with the hidden
 * fields (view state, form token) of the page it just loaded, from a client address of its own (sent as
 * {@code X-Forwarded-For}, which the test apps trust for one proxy). For the flows that need many requests; the browser tests walk them in Chromium.
 */
public final class FacesClient {

    private static final Pattern FORM = Pattern.compile("<form\\b[^>]*\\bid=\"([^\"]+)\"[^>]*>(.*?)</form>", Pattern.DOTALL);
    private static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>");
    private static final Pattern ATTRIBUTE = Pattern.compile("\\b(type|name|value)=\"([^\"]*)\"");
    private static final Pattern MESSAGE = Pattern.compile("class=\"(?:notice[^\"]*|field-error)\"[^>]*>([^<]+)<");

    private final RunningApp app;
    private final String clientAddress;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;

    public FacesClient(RunningApp app, String clientAddress) {
        this.app = app;
        this.clientAddress = clientAddress;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    public Page get(String path) {
        return get(app.uri(path));
    }

    /** A page at any address, another instance's for one, with this client's cookies. */
    public Page get(URI uri) {
        return send(HttpRequest.newBuilder(uri).GET());
    }

    /** Loads the page, fills {@code fields} of form {@code formId} and presses {@code button}. */
    public Page submit(String path, String formId, Map<String, String> fields, String button) {
        return post(get(path), formId, fields, button);
    }

    /** Fills {@code fields} of form {@code formId} on a page loaded before and presses {@code button}. */
    public Page post(Page page, String formId, Map<String, String> fields, String button) {
        Map<String, String> form = new LinkedHashMap<>(page.hiddenFields(formId));
        form.putAll(fields);
        form.put(button, button);
        String body = form.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(page.uri()).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Like {@link #submit}, as a multipart form with one file field. */
    public Page upload(String path, String formId, Map<String, String> fields, String fileField, String fileName,
            byte[] content, String button) {
        Page page = get(path);
        String boundary = "----resume" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        Map<String, String> form = new LinkedHashMap<>(page.hiddenFields(formId));
        form.putAll(fields);
        form.put(button, button);
        form.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField
                + "\"; filename=\"" + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(page.uri()).header("Content-Type", "multipart/form-data; boundary="
                + boundary).POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /** Fetches a download (a PDF, a JSON file) with this client's cookies, without following redirects. */
    public HttpResponse<byte[]> download(String path) {
        try {
            return HttpClient.newBuilder().cookieHandler(cookies).connectTimeout(Duration.ofSeconds(5)).build()
                    .send(HttpRequest.newBuilder(app.uri(path)).header("X-Forwarded-For", clientAddress)
                            .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** The value of a cookie this client holds, if any. */
    public Optional<String> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue).findFirst();
    }

    /** Gives this client a cookie another one received, as if copied between browsers. */
    public void addCookie(String name, String value) {
        HttpCookie cookie = new HttpCookie(name, value);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(app.uri("/"), cookie);
    }

    private Page send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.header("X-Forwarded-For", clientAddress)
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Page(response.uri(), response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /**
     * A page as the client received it, after redirects.
     *
     * @param uri where it ended up
     * @param status the status code
     * @param html the markup
     */
    public record Page(URI uri, int status, String html) {

        public String path() {
            return uri.getPath();
        }

        /** The notices and field errors, as a person reads them. */
        public List<String> messages() {
            Matcher matcher = MESSAGE.matcher(html);
            List<String> messages = new ArrayList<>();
            while (matcher.find()) {
                messages.add(unescape(matcher.group(1).strip()));
            }
            return messages;
        }

        public String text() {
            return unescape(html.replaceAll("<[^>]+>", " ").replaceAll("\\s+", " "));
        }

        /**
         * The hidden fields of form {@code formId} as the page rendered them (the form's own name, the Faces view
         * state, the form token of a stateless page), which a browser sends back with the form.
         */
        public Map<String, String> hiddenFields(String formId) {
            Matcher form = FORM.matcher(html);
            while (form.find()) {
                if (!form.group(1).equals(formId)) {
                    continue;
                }
                Map<String, String> hidden = new LinkedHashMap<>();
                Matcher input = INPUT.matcher(form.group(2));
                while (input.find()) {
                    Map<String, String> attributes = new LinkedHashMap<>();
                    Matcher attribute = ATTRIBUTE.matcher(input.group());
                    while (attribute.find()) {
                        attributes.putIfAbsent(attribute.group(1), unescape(attribute.group(2)));
                    }
                    if ("hidden".equals(attributes.get("type")) && attributes.containsKey("name")) {
                        hidden.put(attributes.get("name"), attributes.getOrDefault("value", ""));
                    }
                }
                return hidden;
            }
            throw new AssertionError("No form " + formId + " on " + uri + " (" + status + "):\n" + html);
        }

        private static String unescape(String text) {
            return text.replace("&#39;", "'").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">")
                    .replace("&amp;", "&");
        }
    }
}
