package com.airesume.platform.web;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.airesume.testing.Migrations;
import com.airesume.testing.RunningApp;
import com.airesume.testing.SharedApp;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What every visitor's request meets, checked over HTTP against the app started by {@code payara/start}. */
@ExtendWith(SharedApp.class)
class WebPlatformIT {

    @Test
    void homePageTellsWhatTheProductDoesAndCreatesNoSession(RunningApp app) {
        HttpResponse<String> home = app.get("/");
        assertAll(() -> assertEquals(200, home.statusCode()),
                () -> assertTrue(home.headers().firstValue("Content-Type").orElse("").startsWith("text/html")),
                () -> assertTrue(home.body().contains("Build a resume that gets you hired")),
                () -> assertTrue(home.body().contains("href=\"/accounts/signup/\"")),
                () -> assertTrue(home.body().contains("href=\"/accounts/login/\"")),
                () -> assertTrue(home.headers().allValues("Set-Cookie").isEmpty(),
                        "an anonymous visit to / created a session: " + home.headers().allValues("Set-Cookie")));
    }

    @Test
    void staticResourcesAreVersionedAndCachedForAYear(RunningApp app) {
        String page = app.get("/accounts/login/").body();
        java.util.regex.Matcher urls = java.util.regex.Pattern
                .compile("(?:href|src)=\"(/jakarta\\.faces\\.resource/[^\"]+)\"").matcher(page);
        int found = 0;
        while (urls.find()) {
            String url = urls.group(1).replace("&amp;", "&");
            found++;
            assertTrue(url.matches(".*[?&]v=[0-9A-Za-z.]+.*"), "a resource URL without its version: " + url);
            HttpResponse<String> resource = app.get(url);
            assertAll(url, () -> assertEquals(200, resource.statusCode()),
                    () -> assertEquals(StaticResourceCaching.VERSIONED,
                            resource.headers().firstValue("Cache-Control").orElse(null)),
                    () -> assertTrue(resource.headers().allValues("Set-Cookie").isEmpty()));
        }
        assertTrue(found >= 2, "the stylesheet and the logo: " + found);
        assertEquals(StaticResourceCaching.UNVERSIONED, app.get("/jakarta.faces.resource/css/app.css.xhtml")
                .headers().firstValue("Cache-Control").orElse(null), "an unversioned URL is cached briefly");
    }

    @Test
    void everyResponseCarriesSecurityHeadersAndNoServerVersion(RunningApp app) {
        for (String path : new String[] {"/", "/no-such-page", "/jakarta.faces.resource/css/app.css.xhtml"}) {
            HttpResponse<String> response = app.get(path);
            assertAll(path,
                    () -> assertEquals(SecurityHeadersFilter.CONTENT_SECURITY_POLICY,
                            response.headers().firstValue("Content-Security-Policy").orElse(null)),
                    () -> assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(null)),
                    () -> assertTrue(response.headers().firstValue("Referrer-Policy").isPresent()),
                    () -> assertTrue(response.headers().firstValue("Permissions-Policy").isPresent()),
                    () -> assertTrue(response.headers().firstValue("Server").isEmpty(),
                            "Server: " + response.headers().firstValue("Server")),
                    () -> assertTrue(response.headers().firstValue("X-Powered-By").isEmpty()),
                    () -> assertTrue(response.headers().firstValue("Strict-Transport-Security").isEmpty(),
                            "HSTS over plain HTTP"));
        }
    }

    @Test
    void hstsOnlyWhenTheTrustedProxySaysHttps(RunningApp app) {
        HttpResponse<String> viaTls = app.send(HttpRequest.newBuilder(app.uri("/")).header("X-Forwarded-Proto",
                "https"));
        assertEquals(SecurityHeadersFilter.HSTS, viaTls.headers().firstValue("Strict-Transport-Security").orElse(null));
        HttpResponse<String> spoofedChain = app.send(HttpRequest.newBuilder(app.uri("/"))
                .header("X-Forwarded-Proto", "https, http"));
        assertTrue(spoofedChain.headers().firstValue("Strict-Transport-Security").isEmpty(),
                "the client's own entry left of the proxy's was trusted");
    }

    @Test
    void redirectsKeepTheClientsSchemeByBeingRelative(RunningApp app) {
        HttpResponse<String> folder = app.send(HttpRequest.newBuilder(app.uri("/resources/css"))
                .header("X-Forwarded-Proto", "https"));
        assertEquals(301, folder.statusCode());
        assertEquals("/resources/css/", folder.headers().firstValue("Location").orElse(null));
    }

    @Test
    void unknownPageIsAFriendlyPageWithoutInternals(RunningApp app) {
        HttpResponse<String> missing = app.get("/no-such-page");
        String body = missing.body().toLowerCase(Locale.ROOT);
        assertAll(() -> assertEquals(404, missing.statusCode()),
                () -> assertTrue(missing.body().contains("We can't find that page")),
                () -> assertTrue(missing.body().contains("class=\"site-header\""), "not in the layout"),
                () -> assertFalse(body.contains("payara") || body.contains("grizzly") || body.contains("exception")
                        || body.contains("glassfish") || body.contains("mojarra"), missing.body()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"evil.example.com", "localhost.evil.com", "evil.example.com:8080", "a b"})
    void hostOutsideAllowedHostsIsRefused(String host, RunningApp app) {
        RunningApp.RawResponse response = app.raw("GET / HTTP/1.1\nHost: " + host + "\nConnection: close\n",
                new byte[0]);
        assertAll(() -> assertEquals(400, response.status()),
                () -> assertTrue(response.text().contains("We couldn't understand that request"), response.text()),
                () -> assertFalse(response.text().contains(host), "the forged host was echoed"));
    }

    @Test
    void hostThatIsNotAHostNeverReachesTheApplication(RunningApp app) {
        RunningApp.RawResponse response = app.raw("GET / HTTP/1.1\nHost: localhost:8080@evil.com\n"
                + "Connection: close\n", new byte[0]);
        assertFalse(response.text().contains("Build a resume"), response.text());
        assertFalse(response.text().contains("evil.com"), response.text());
    }

    @Test
    void bodyOfUndeclaredLengthIsRefused(RunningApp app) {
        RunningApp.RawResponse response = app.raw("POST / HTTP/1.1\nHost: localhost\nContent-Type:"
                + " application/x-www-form-urlencoded\nTransfer-Encoding: chunked\n",
                "5\r\nq=123\r\n0\r\n\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertEquals(411, response.status(), response.text());
        assertTrue(response.text().contains("We need to know the size of what you send"), response.text());
    }

    @Test
    void crossSitePostsAreRefusedSameOriginPostsAreNot(RunningApp app) {
        String form = "q=1";
        HttpResponse<String> crossOrigin = app.send(post(app, form).header("Origin", "https://evil.example.com"));
        HttpResponse<String> crossSite = app.send(post(app, form).header("Sec-Fetch-Site", "cross-site"));
        HttpResponse<String> nullOrigin = app.send(post(app, form).header("Origin", "null"));
        HttpResponse<String> sameOrigin = app.send(post(app, form).header("Origin", "http://localhost:" + app.port())
                .header("Sec-Fetch-Site", "same-origin"));
        assertAll(() -> assertEquals(403, crossOrigin.statusCode()),
                () -> assertTrue(crossOrigin.body().contains("That action isn't allowed")),
                () -> assertEquals(403, crossSite.statusCode()),
                () -> assertEquals(403, nullOrigin.statusCode()),
                () -> assertTrue(sameOrigin.statusCode() < 400 || sameOrigin.statusCode() == 405,
                        "same-origin POST refused: " + sameOrigin.statusCode()));
    }

    @Test
    void tenMegabyteBodiesAreRefusedWith413WithoutBeingRead(RunningApp app) {
        byte[] body = new byte[10 * 1024 * 1024];
        long before = app.residentBytes();
        for (int i = 0; i < 5; i++) {
            RunningApp.RawResponse response = app.raw("POST / HTTP/1.1\nHost: localhost\nContent-Type:"
                    + " application/x-www-form-urlencoded\nContent-Length: " + body.length + "\n", body);
            assertEquals(413, response.status(), response.text());
            assertTrue(response.text().contains("That upload is too large"), response.text());
        }
        long growth = app.residentBytes() - before;
        assertTrue(growth < 48L * 1024 * 1024, "resident memory grew by " + growth / 1024 + " KiB for 50 MB refused");
        assertEquals(200, app.get("/").statusCode());
    }

    @Test
    void healthEndpointsReportTheDatabase(RunningApp app) {
        HttpResponse<String> ready = app.get("/health/ready");
        HttpResponse<String> live = app.get("/health/live");
        HttpResponse<String> all = app.get("/health");
        assertAll(() -> assertEquals(200, ready.statusCode()),
                () -> assertTrue(ready.body().contains("\"name\":\"database\"") && ready.body().contains("\"UP\"")),
                () -> assertTrue(ready.body().contains("\"schemaVersion\":\"" + Migrations.latest() + "\""),
                        ready.body()),
                () -> assertEquals(200, live.statusCode()),
                () -> assertEquals(200, all.statusCode()),
                () -> assertEquals(200, app.get("/metrics").statusCode()));
    }

    @Test
    void aSingleInstanceListensOnItsHttpPortAndNoOther(RunningApp app) {
        assertEquals(Set.of(app.port()), app.listeningPorts(), "ports open besides HTTP " + app.port());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/openapi", "/openapi/", "/openapi/application.wadl",
        "/openapi/application.wadl?detail=true", "/application.wadl", "/application.wadl?detail=true"})
    void noApiDescriptionIsServed(String path, RunningApp app) {
        HttpResponse<String> response = app.get(path);
        assertAll(() -> assertEquals(404, response.statusCode()),
                () -> assertTrue(response.body().contains("We can't find that page"), response.body()));
    }

    @Test
    void theLogNamesOnlyAddressesThatAnswer(RunningApp app) {
        String log = app.output();
        Matcher serving = Pattern.compile("Serving on (http://\\S+)").matcher(log);
        assertTrue(serving.find(), "no line says where the site is:\n" + log);
        assertEquals(app.uri("/"), URI.create(serving.group(1)));
        Matcher address = Pattern.compile("https?://[^\\s\"'<>]+:" + app.port() + "[^\\s\"'<>]*").matcher(log);
        while (address.find()) {
            URI site = URI.create("http://" + URI.create(address.group()).getRawAuthority() + "/");
            assertEquals(200, app.send(HttpRequest.newBuilder(site)).statusCode(), "the log names " + address.group());
        }
    }

    private static HttpRequest.Builder post(RunningApp app, String form) {
        return HttpRequest.newBuilder(app.uri("/")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
    }
}
