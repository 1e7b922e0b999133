package com.airesume.ai.control;

/** The external AI server gave no usable answer; the caller falls back to the built-in engine and says so. */
public class AiUnavailableException extends Exception {

    private static final long serialVersionUID = 1L;

    public AiUnavailableException(String message) {
        super(message);
    }
}
