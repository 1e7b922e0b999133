package com.airesume.media.boundary;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.airesume.platform.config.CloudinaryUrl;
import com.cloudinary.Cloudinary;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Photos on Cloudinary, against a local server that answers like Cloudinary's upload API and its delivery CDN:
 * signed uploads and deletions through the SDK, photos read back over HTTP, and every failure reported without the
 * API secret.
 */
class CloudinaryMediaStoreTest {

    private static final String CLOUD = "demo-cloud";
    private static final String API_KEY = "614335564976464";
    private static final String API_SECRET = "Xf3-S3cr3t_never-in-a-log";
    private static final byte[] PHOTO = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0, 'x', 0,
            (byte) 0xFF, (byte) 0xD9};

    private final FakeCloudinary cloud = new FakeCloudinary();
    private CloudinaryMediaStore store;

    @BeforeEach
    void start() throws IOException {
        cloud.start();
        store = new CloudinaryMediaStore(new Cloudinary(Map.of("cloud_name", CLOUD, "api_key", API_KEY,
                "api_secret", API_SECRET, "secure", false, "cname", cloud.authority(), "private_cdn", true,
                "upload_prefix", "http://" + cloud.authority(), "timeout", 5, "analytics", false)),
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build());
    }

    @AfterEach
    void stop() {
        cloud.stop();
    }

    @Test
    void aPhotoIsUploadedSignedReadBackAndDestroyed() throws Exception {
        String key = store.put(PHOTO);

        String publicId = "airesume/photos/" + key.replace(".jpg", "");
        Map<String, String> upload = cloud.requests.get(0);
        assertAll(() -> assertTrue(key.matches("[0-9a-f]{32}\\.jpg"), key),
                () -> assertEquals("/v1_1/" + CLOUD + "/image/upload", upload.get(":path")),
                () -> assertTrue(upload.get(":content-type").startsWith("multipart/form-data")),
                () -> assertEquals(API_KEY, upload.get("api_key")),
                () -> assertEquals(publicId, upload.get("public_id")),
                () -> assertEquals("false", upload.get("overwrite")),
                () -> assertEquals(expectedSignature(upload), upload.get("signature"), "signed with the secret"),
                () -> assertFalse(upload.get(":body").contains(API_SECRET), "the secret never travels"),
                () -> assertArrayEquals(PHOTO, cloud.assets.get(publicId)));

        assertArrayEquals(PHOTO, store.get(key).orElseThrow());
        assertEquals("/image/upload/v1/" + publicId + ".jpg", cloud.requests.get(1).get(":path"));

        store.delete(key);

        Map<String, String> destroy = cloud.requests.get(2);
        assertAll(() -> assertEquals("/v1_1/" + CLOUD + "/image/destroy", destroy.get(":path")),
                () -> assertEquals(publicId, destroy.get("public_id")),
                () -> assertEquals("true", destroy.get("invalidate")),
                () -> assertEquals(expectedSignature(destroy), destroy.get("signature")),
                () -> assertFalse(cloud.assets.containsKey(publicId)),
                () -> assertTrue(store.get(key).isEmpty(), "gone from delivery too"));
        store.delete(key);
    }

    @Test
    void malformedKeysNeverReachCloudinary() throws Exception {
        cloud.assets.put("sample", PHOTO);
        for (String key : List.of("sample", "sample.jpg", "../sample.jpg", "airesume/photos/x.jpg",
                "0123456789ABCDEF0123456789ABCDEF.jpg", "")) {
            assertTrue(store.get(key).isEmpty(), key);
            store.delete(key);
        }
        assertTrue(store.get(null).isEmpty());
        assertAll(() -> assertEquals(List.of(), cloud.requests), () -> assertTrue(cloud.assets.containsKey("sample")));
    }

    @Test
    void aServerErrorMakesTheStoreUnavailableWithoutTheSecret() throws Exception {
        String key = store.put(PHOTO);
        cloud.failWith.set(500);
        cloud.echo.set("a proxy repeating " + API_SECRET);

        List<MediaUnavailableException> failures = List.of(
                assertThrows(MediaUnavailableException.class, () -> store.put(PHOTO)),
                assertThrows(MediaUnavailableException.class, () -> store.get(key)),
                assertThrows(MediaUnavailableException.class, () -> store.delete(key)));

        failures.forEach(CloudinaryMediaStoreTest::assertNoSecret);
    }

    @Test
    void aStoppedServerMakesTheStoreUnavailableWithoutTheSecret() throws Exception {
        String key = store.put(PHOTO);
        cloud.stop();

        List<MediaUnavailableException> failures = List.of(
                assertThrows(MediaUnavailableException.class, () -> store.put(PHOTO)),
                assertThrows(MediaUnavailableException.class, () -> store.get(key)),
                assertThrows(MediaUnavailableException.class, () -> store.delete(key)));

        failures.forEach(CloudinaryMediaStoreTest::assertNoSecret);
    }

    @Test
    void aRefusedUploadIsUnavailable() {
        cloud.failWith.set(401);
        assertNoSecret(assertThrows(MediaUnavailableException.class, () -> store.put(PHOTO)));
    }

    @Test
    void theConfiguredStoreReadsOverHttpsFromCloudinary() {
        CloudinaryMediaStore configured = CloudinaryMediaStore.of(CloudinaryUrl.parse("cloudinary://" + API_KEY + ":"
                + API_SECRET + "@" + CLOUD));
        String key = "0123456789abcdef0123456789abcdef.jpg";
        assertAll(() -> assertEquals("https://res.cloudinary.com/" + CLOUD
                        + "/image/upload/v1/airesume/photos/0123456789abcdef0123456789abcdef.jpg",
                        configured.deliveryUrl(key)),
                () -> assertFalse(configured.toString().contains(API_SECRET)));
    }

    private static void assertNoSecret(MediaUnavailableException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            assertFalse(String.valueOf(t.getMessage()).contains(API_SECRET), t.toString());
        }
        assertFalse(e.getMessage().isBlank());
    }

    /** Cloudinary's documented scheme: the parameters but file, api_key, resource_type and cloud_name, sorted. */
    private static String expectedSignature(Map<String, String> request) throws Exception {
        String signed = request.entrySet().stream()
                .filter(e -> !e.getKey().startsWith(":"))
                .filter(e -> !List.of("file", "api_key", "resource_type", "cloud_name", "signature")
                        .contains(e.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, TreeMap::new))
                .entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("&"));
        byte[] digest = MessageDigest.getInstance("SHA-1").digest((signed + API_SECRET)
                .getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest);
    }

    /** Cloudinary's upload API ({@code /v1_1/<cloud>/image/upload|destroy}) and its delivery, on one port. */
    private static final class FakeCloudinary {

        final List<Map<String, String>> requests = new CopyOnWriteArrayList<>();
        final Map<String, byte[]> assets = new ConcurrentHashMap<>();
        final AtomicInteger failWith = new AtomicInteger();
        final AtomicReference<String> echo = new AtomicReference<>("");
        private HttpServer server;
        private boolean stopped;

        void start() throws IOException {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
            server.createContext("/", this::handle);
            server.start();
        }

        String authority() {
            return "127.0.0.1:" + server.getAddress().getPort();
        }

        void stop() {
            if (!stopped) {
                stopped = true;
                server.stop(0);
            }
        }

        private void handle(HttpExchange exchange) throws IOException {
            try (exchange) {
                byte[] body = exchange.getRequestBody().readAllBytes();
                String path = exchange.getRequestURI().getPath();
                String contentType = String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type"));
                Map<String, byte[]> parts = multipart(contentType, body);
                Map<String, String> request = new LinkedHashMap<>();
                request.put(":method", exchange.getRequestMethod());
                request.put(":path", path);
                request.put(":content-type", contentType);
                request.put(":body", new String(body, StandardCharsets.ISO_8859_1));
                parts.forEach((name, value) -> request.put(name, new String(value, StandardCharsets.UTF_8)));
                requests.add(request);

                if (failWith.get() != 0) {
                    respond(exchange, failWith.get(), "application/json",
                            "{\"error\":{\"message\":\"Something went wrong, " + echo.get() + "\"}}");
                } else if (path.equals("/v1_1/" + CLOUD + "/image/upload")) {
                    String publicId = request.get("public_id");
                    assets.put(publicId, parts.get("file"));
                    respond(exchange, 200, "application/json", "{\"public_id\":\"" + publicId + "\",\"version\":1,"
                            + "\"format\":\"jpg\",\"resource_type\":\"image\",\"type\":\"upload\"}");
                } else if (path.equals("/v1_1/" + CLOUD + "/image/destroy")) {
                    boolean found = assets.remove(request.get("public_id")) != null;
                    respond(exchange, 200, "application/json", "{\"result\":\"" + (found ? "ok" : "not found") + "\"}");
                } else if (path.startsWith("/image/upload/v1/") && path.endsWith(".jpg")) {
                    byte[] asset = assets.get(path.substring("/image/upload/v1/".length(), path.length() - 4));
                    if (asset == null) {
                        respond(exchange, 404, "text/plain", "Resource not found");
                    } else {
                        exchange.getResponseHeaders().set("Content-Type", "image/jpeg");
                        exchange.sendResponseHeaders(200, asset.length);
                        exchange.getResponseBody().write(asset);
                    }
                } else {
                    respond(exchange, 404, "text/plain", "no route " + path);
                }
            }
        }

        private static void respond(HttpExchange exchange, int status, String type, String text) throws IOException {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }

        private static Map<String, byte[]> multipart(String contentType, byte[] body) {
            Map<String, byte[]> parts = new LinkedHashMap<>();
            Matcher boundary = Pattern.compile("boundary=\"?([^\";]+)").matcher(contentType);
            if (!boundary.find()) {
                return parts;
            }
            String text = new String(body, StandardCharsets.ISO_8859_1);
            Pattern name = Pattern.compile("name=\"([^\"]+)\"");
            for (String part : text.split(Pattern.quote("--" + boundary.group(1)))) {
                int headerEnd = part.indexOf("\r\n\r\n");
                if (headerEnd < 0) {
                    continue;
                }
                Matcher partName = name.matcher(part.substring(0, headerEnd));
                if (partName.find()) {
                    String value = part.substring(headerEnd + 4, part.length() - 2);
                    parts.put(partName.group(1), value.getBytes(StandardCharsets.ISO_8859_1));
                }
            }
            return parts;
        }
    }
}
