package com.airesume.platform.config;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * The AI engine: an OpenAI-compatible chat-completions server when {@code endpoint} is set, else the
 * built-in offline engine.
 *
 * @param endpoint the server's base URL
 * @param apiKey its bearer key, if it needs one
 * @param model the model name sent with each request
 */
public record AiSettings(Optional<URI> endpoint, Optional<Secret> apiKey, String model) {

    public AiSettings {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(apiKey, "apiKey");
        Objects.requireNonNull(model, "model");
    }

    public boolean external() {
        return endpoint.isPresent();
    }
}
