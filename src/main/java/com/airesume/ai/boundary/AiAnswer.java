package com.airesume.ai.boundary;

import com.airesume.ai.control.AiResult;
import com.airesume.ai.control.AiUnavailableException;
import java.io.Serializable;
import java.util.Objects;

/**
 * An answer and who gave it, so the page can say so.
 *
 * @param result the suggestion or report
 * @param externalEngine the model and host that answered ("llama3 at ai.example.com"), or null when the built-in
 *        engine did
 * @param fallback why the external server did not answer, when one is configured and the built-in engine stood in;
 *        else null
 */
public record AiAnswer(AiResult result, String externalEngine, AiUnavailableException.Reason fallback)
        implements Serializable {

    public AiAnswer {
        Objects.requireNonNull(result);
    }

    public boolean isBuiltIn() {
        return externalEngine == null;
    }

    public String getFallbackKey() {
        return fallback == null ? null : fallback.name();
    }
}
