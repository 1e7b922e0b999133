package com.airesume.ai.control;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import com.airesume.ai.control.AiUnavailableException.Reason;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongConsumer;

/**
 * A client of any OpenAI-compatible chat-completions server (OpenAI, Ollama, vLLM, LM Studio):
 * {@code POST <base>/v1/chat/completions} with a system and a user message, answered by
 * {@code choices[0].message.content}.
 *
 * <ul>
 * <li>Connect and answer times are always bounded; a server that hangs past them is given up at once, not
 * retried, so a slow server costs one timeout and no more.</li>
 * <li>429 and 5xx answers are retried, {@value #ATTEMPTS} attempts in all, after 0.5 s and then 1 s (or the
 * server's {@code Retry-After}, up to 5 s).</li>
 * <li>Every failure, a malformed answer included, is an {@link AiUnavailableException} whose message names what
 * happened and never the key.</li>
 * </ul>
 */
public final class ChatCompletions {

    static final int ATTEMPTS = 3;
    private static final long MAX_RETRY_AFTER_MILLIS = 5000;

    private final URI url;
    private final Optional<String> apiKey;
    private final String model;
    private final HttpClient http;
    private final Duration answerTimeout;
    private final LongConsumer pause;

    /**
     * @param base the server's address, with or without a trailing {@code /v1}
     * @param pause how to wait between attempts, in milliseconds ({@code Thread::sleep} in production)
     */
    public ChatCompletions(URI base, Optional<String> apiKey, String model, Duration connectTimeout,
            Duration answerTimeout, LongConsumer pause) {
        String root = Objects.requireNonNull(base, "base").toString().replaceAll("/+$", "");
        this.url = URI.create(root.endsWith("/v1") ? root + "/chat/completions" : root + "/v1/chat/completions");
        this.apiKey = Objects.requireNonNull(apiKey, "apiKey");
        this.model = Objects.requireNonNull(model, "model");
        this.http = HttpClient.newBuilder().connectTimeout(connectTimeout).build();
        this.answerTimeout = answerTimeout;
        this.pause = pause;
    }

    /** The model's answer to the user message under the system message. */
    public String complete(String system, String user) throws AiUnavailableException {
        String body = Json.createObjectBuilder().add("model", model).add("temperature", 0.2)
                .add("messages", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("role", "system").add("content", system))
                        .add(Json.createObjectBuilder().add("role", "user").add("content", user)))
                .build().toString();
        String last = "no answer";
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            HttpResponse<String> response;
            try {
                response = http.send(request(body), HttpResponse.BodyHandlers.ofString());
            } catch (HttpTimeoutException e) {
                throw new AiUnavailableException(Reason.TIMEOUT, "The AI server did not answer within "
                        + answerTimeout.toMillis() + " ms");
            } catch (IOException e) {
                throw new AiUnavailableException(Reason.UNREACHABLE, "The AI server could not be reached: "
                        + e.getClass().getSimpleName());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AiUnavailableException(Reason.INTERRUPTED,
                        "Interrupted while waiting for the AI server");
            }
            int status = response.statusCode();
            if (status / 100 == 2) {
                return content(response.body());
            }
            last = "The AI server answered " + status;
            if (status != 429 && status / 100 != 5) {
                throw new AiUnavailableException(Reason.REFUSED, last);
            }
            if (attempt < ATTEMPTS) {
                pause.accept(retryAfter(response).orElse(500L << (attempt - 1)));
            }
        }
        throw new AiUnavailableException(Reason.OVERLOADED, last + " " + ATTEMPTS + " times");
    }

    private HttpRequest request(String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(answerTimeout)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        apiKey.ifPresent(key -> request.header("Authorization", "Bearer " + key));
        return request.build();
    }

    private static Optional<Long> retryAfter(HttpResponse<String> response) {
        try {
            return response.headers().firstValue("Retry-After").map(Long::parseLong)
                    .map(seconds -> Math.min(MAX_RETRY_AFTER_MILLIS, Math.max(0, seconds * 1000)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String content(String body) throws AiUnavailableException {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            JsonObject answer = reader.readObject();
            String content = answer.getJsonArray("choices").getJsonObject(0).getJsonObject("message")
                    .getString("content");
            if (content.isBlank()) {
                throw new AiUnavailableException(Reason.MALFORMED,
                        "The AI server answered with no text");
            }
            return content.strip();
        } catch (JsonException | ClassCastException | NullPointerException | IndexOutOfBoundsException e) {
            throw new AiUnavailableException(Reason.MALFORMED,
                    "The AI server's answer is not a chat completion");
        }
    }
}
