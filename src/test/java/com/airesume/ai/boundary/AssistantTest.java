package com.airesume.ai.boundary;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.airesume.ai.control.AiRequest;
import com.airesume.ai.control.AiUnavailableException.Reason;
import com.airesume.ai.control.Suggestion;
import com.airesume.platform.config.AiSettings;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The engine choice against a local OpenAI-compatible server: the server answers; it fails (500, a hang, a
 * malformed answer), and the built-in engine answers and says why; every slot is taken; the person cancels.
 */
class AssistantTest {

    private static final String LINE = "Responsible for the migration of 40 services to Kubernetes";
    private static final String ANSWER = "{\"choices\":[{\"message\":{\"role\":\"assistant\","
            + "\"content\":\"\\\"Migrated 40 services to Kubernetes in 6 months.\\\"\"}}]}";

    private HttpServer server;
    private final CountDownLatch release = new CountDownLatch(1);
    private final List<AiStep> steps = new CopyOnWriteArrayList<>();
    private volatile int status = 200;
    private volatile String body = ANSWER;
    private volatile boolean hang;

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
        exchange.getRequestBody().readAllBytes();
        if (hang) {
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private Assistant assistant(boolean external) {
        Assistant assistant = new Assistant();
        assistant.clock = Clock.fixed(Instant.parse("2026-11-24T12:00:00Z"), ZoneOffset.UTC);
        Optional<URI> endpoint = external
                ? Optional.of(URI.create("http://127.0.0.1:" + server.getAddress().getPort()))
                : Optional.empty();
        assistant.connect(new AiSettings(endpoint, Optional.empty(), "llama3"), Duration.ofMillis(500),
                Duration.ofMillis(700), Duration.ofMillis(300));
        return assistant;
    }

    private String text(AiAnswer answer) {
        return ((Suggestion) answer.result()).text();
    }

    @Test
    void withNothingConfiguredTheBuiltInEngineAnswersAndNothingLeaves() throws Exception {
        AiAnswer answer = assistant(false).answer(new AiRequest.Improve(LINE), steps::add);

        assertAll(() -> assertTrue(answer.isBuiltIn()),
                () -> assertNull(answer.fallback()),
                () -> assertEquals("Migrated 40 services to Kubernetes", text(answer)),
                () -> assertEquals(List.of(AiStep.THINKING), steps));
    }

    @Test
    void theConfiguredServerAnswersAndIsNamed() throws Exception {
        AiAnswer answer = assistant(true).answer(new AiRequest.Improve(LINE), steps::add);

        assertAll(() -> assertEquals("llama3 at 127.0.0.1", answer.externalEngine()),
                () -> assertEquals("Migrated 40 services to Kubernetes in 6 months.", text(answer)),
                () -> assertEquals(List.of(AiStep.QUEUED_EXTERNAL, AiStep.ASKING), steps));
    }

    @Test
    void aServerErrorFallsBackToTheBuiltInEngineAndSaysWhy() throws Exception {
        status = 500;
        AiAnswer answer = assistant(true).answer(new AiRequest.Improve(LINE), steps::add);

        assertAll(() -> assertTrue(answer.isBuiltIn()),
                () -> assertEquals(Reason.OVERLOADED, answer.fallback()),
                () -> assertEquals("Migrated 40 services to Kubernetes", text(answer)),
                () -> assertEquals(AiStep.FALLING_BACK, steps.get(steps.size() - 1)));
    }

    @Test
    void aHangingServerCostsOneTimeoutThenTheBuiltInEngineAnswers() throws Exception {
        hang = true;
        long start = System.nanoTime();
        AiAnswer answer = assistant(true).answer(new AiRequest.Improve(LINE), steps::add);
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertAll(() -> assertEquals(Reason.TIMEOUT, answer.fallback()),
                () -> assertEquals("Migrated 40 services to Kubernetes", text(answer)),
                () -> assertTrue(millis >= 700 && millis < 3000, millis + " ms"));
    }

    @Test
    void aMalformedAnswerFallsBack() throws Exception {
        body = "{\"choices\": \"not a list\"}";
        assertEquals(Reason.MALFORMED, assistant(true).answer(new AiRequest.Improve(LINE), steps::add).fallback());
    }

    @Test
    void whenEverySlotIsTakenTheBuiltInEngineAnswersAtOnce() throws Exception {
        hang = true;
        Assistant assistant = assistant(true);
        ExecutorService pool = Executors.newFixedThreadPool(Assistant.EXTERNAL_SLOTS);
        try {
            for (int i = 0; i < Assistant.EXTERNAL_SLOTS; i++) {
                pool.submit(() -> assistant.answer(new AiRequest.Improve(LINE), step -> { }));
            }
            Thread.sleep(200);
            AiAnswer answer = assistant.answer(new AiRequest.Improve(LINE), steps::add);
            assertAll(() -> assertEquals(Reason.BUSY, answer.fallback()),
                    () -> assertEquals("Migrated 40 services to Kubernetes", text(answer)));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void cancellingWhileTheServerThinksEndsTheRequestWithoutAnAnswer() throws Exception {
        hang = true;
        Assistant assistant = assistant(true);
        CompletableFuture<Object> outcome = new CompletableFuture<>();
        Thread worker = new Thread(() -> {
            try {
                outcome.complete(assistant.answer(new AiRequest.Improve(LINE), steps::add));
            } catch (InterruptedException e) {
                outcome.complete(e);
            }
        });
        worker.start();
        Thread.sleep(200);
        long start = System.nanoTime();
        worker.interrupt();
        Object result = outcome.get(2, TimeUnit.SECONDS);
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertAll(() -> assertTrue(result instanceof InterruptedException, String.valueOf(result)),
                () -> assertTrue(millis < 400, millis + " ms"),
                () -> assertFalse(steps.contains(AiStep.FALLING_BACK), steps.toString()));
    }
}
