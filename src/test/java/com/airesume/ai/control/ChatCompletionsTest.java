package com.airesume.ai.control;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The chat-completions client against a local server that speaks {@code /v1/chat/completions}: a normal answer,
 * 429 then success, 500 every time, a hang past the timeout, malformed JSON, and a refused request.
 */
class ChatCompletionsTest {

    private static final String KEY = "sk-test-not-a-real-key";
    private static final String ANSWER = "{\"id\":\"x\",\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\","
            + "\"content\":\" Led the move of 40 services to Kubernetes. \"}}]}";

    private HttpServer server;
    private final ConcurrentLinkedQueue<String> bodies = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<String> keys = new ConcurrentLinkedQueue<>();
    private final List<Long> pauses = new ArrayList<>();
    private final CountDownLatch release = new CountDownLatch(1);
    private volatile Reply[] replies;
    private final AtomicInteger calls = new AtomicInteger();

    private record Reply(int status, String body, String retryAfter, boolean hang) {
    }

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/v1/chat/completions", this::answer);
        server.start();
    }

    @AfterEach
    void stop() {
        release.countDown();
        server.stop(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            bodies.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        keys.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
        Reply reply = replies[Math.min(calls.getAndIncrement(), replies.length - 1)];
        if (reply.hang()) {
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (reply.retryAfter() != null) {
            exchange.getResponseHeaders().add("Retry-After", reply.retryAfter());
        }
        byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(reply.status(), body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    private ChatCompletions client(String base) {
        return new ChatCompletions(URI.create(base), Optional.of(KEY), "llama3", Duration.ofSeconds(2),
                Duration.ofMillis(700), pauses::add);
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Test
    void aNormalAnswerIsTheMessageContentAndTheRequestIsAChatCompletion() throws Exception {
        replies = new Reply[] {new Reply(200, ANSWER, null, false)};

        String answer = client(base() + "/v1/").complete("You improve resume lines.", "Helped with k8s");

        String body = bodies.peek();
        assertAll(() -> assertEquals("Led the move of 40 services to Kubernetes.", answer),
                () -> assertEquals("Bearer " + KEY, keys.peek()),
                () -> assertTrue(body.contains("\"model\":\"llama3\""), body),
                () -> assertTrue(body.contains("{\"role\":\"system\",\"content\":\"You improve resume lines.\"}"),
                        body),
                () -> assertTrue(body.contains("{\"role\":\"user\",\"content\":\"Helped with k8s\"}"), body));
    }

    @Test
    void tooManyRequestsIsRetriedAfterTheServersPause() throws Exception {
        replies = new Reply[] {new Reply(429, "{}", "2", false), new Reply(200, ANSWER, null, false)};

        String answer = client(base()).complete("s", "u");

        assertAll(() -> assertEquals("Led the move of 40 services to Kubernetes.", answer),
                () -> assertEquals(2, calls.get()),
                () -> assertEquals(List.of(2000L), pauses));
    }

    @Test
    void aServerErrorEveryTimeGivesUpAfterThreeAttemptsWithBackoff() {
        replies = new Reply[] {new Reply(500, "{\"error\":\"" + KEY + "\"}", null, false)};

        AiUnavailableException e = assertThrows(AiUnavailableException.class, () -> client(base()).complete("s", "u"));

        assertAll(() -> assertEquals("The AI server answered 500 3 times", e.getMessage()),
                () -> assertEquals(3, calls.get()),
                () -> assertEquals(List.of(500L, 1000L), pauses),
                () -> assertEquals(AiUnavailableException.Reason.OVERLOADED, e.reason()),
                () -> assertFalse(e.getMessage().contains(KEY)));
    }

    @Test
    void aServerThatHangsIsGivenUpAtTheTimeoutWithoutRetrying() {
        replies = new Reply[] {new Reply(200, ANSWER, null, true)};
        long start = System.nanoTime();

        AiUnavailableException e = assertThrows(AiUnavailableException.class, () -> client(base()).complete("s", "u"));

        long millis = (System.nanoTime() - start) / 1_000_000;
        assertAll(() -> assertEquals("The AI server did not answer within 700 ms", e.getMessage()),
                () -> assertEquals(1, calls.get()),
                () -> assertEquals(AiUnavailableException.Reason.TIMEOUT, e.reason()),
                () -> assertTrue(millis < 5000, millis + " ms"));
    }

    @Test
    void aMalformedOrEmptyAnswerIsRefused() {
        replies = new Reply[] {new Reply(200, "{\"choices\": [", null, false)};
        AiUnavailableException cutOff = assertThrows(AiUnavailableException.class,
                () -> client(base()).complete("s", "u"));
        assertEquals("The AI server's answer is not a chat completion", cutOff.getMessage());
        assertEquals(AiUnavailableException.Reason.MALFORMED, cutOff.reason());
        calls.set(0);
        replies = new Reply[] {new Reply(200, "{\"choices\": []}", null, false)};
        assertEquals("The AI server's answer is not a chat completion",
                assertThrows(AiUnavailableException.class, () -> client(base()).complete("s", "u")).getMessage());
    }

    @Test
    void aRefusedRequestIsNotRetriedAndAnUnreachableServerIsNamed() {
        replies = new Reply[] {new Reply(401, "{}", null, false)};
        AiUnavailableException refused = assertThrows(AiUnavailableException.class,
                () -> client(base()).complete("s", "u"));
        assertEquals("The AI server answered 401", refused.getMessage());
        assertEquals(AiUnavailableException.Reason.REFUSED, refused.reason());
        assertEquals(1, calls.get());
        server.stop(0);
        AiUnavailableException unreachable = assertThrows(AiUnavailableException.class,
                () -> client(base()).complete("s", "u"));
        assertTrue(unreachable.getMessage().startsWith("The AI server could not be reached"));
        assertEquals(AiUnavailableException.Reason.UNREACHABLE, unreachable.reason());
    }
}
