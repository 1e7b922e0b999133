package com.airesume.ai.boundary;

/** A person asked for more than {@link AiJobs#PER_MINUTE} answers in a minute, or has too many running. */
public class AiRateLimitedException extends Exception {

    private static final long serialVersionUID = 1L;

    public AiRateLimitedException(String message) {
        super(message);
    }
}
