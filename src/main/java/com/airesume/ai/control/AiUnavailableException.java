package com.airesume.ai.control;

import java.util.Objects;

/** The external AI server gave no usable answer; the caller falls back to the built-in engine and says so. */
public class AiUnavailableException extends Exception {

    private static final long serialVersionUID = 1L;

    /** What went wrong, in the words a person is told (the message adds the detail for the log). */
    public enum Reason {
        /** No answer within the answer time. */
        TIMEOUT,
        /** No connection. */
        UNREACHABLE,
        /** Still 429 or 5xx after every attempt. */
        OVERLOADED,
        /** Any other status: a wrong address, key or model. */
        REFUSED,
        /** An answer that is not a chat completion, or one with no text. */
        MALFORMED,
        /** The person cancelled, or the server is shutting down. */
        INTERRUPTED,
        /** Every slot for external calls was taken. */
        BUSY
    }

    private final Reason reason;

    public AiUnavailableException(Reason reason, String message) {
        super(message);
        this.reason = Objects.requireNonNull(reason);
    }

    public Reason reason() {
        return reason;
    }
}
