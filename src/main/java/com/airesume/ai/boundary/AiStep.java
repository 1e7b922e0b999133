package com.airesume.ai.boundary;

/** Where a request is, as the page's progress line says it. */
public enum AiStep {
    /** Queued for a worker. */
    WAITING,
    /** The built-in engine is working. */
    THINKING,
    /** Waiting for a free slot for the external server. */
    QUEUED_EXTERNAL,
    /** Waiting for the external server's answer. */
    ASKING,
    /** The external server failed; the built-in engine is answering instead. */
    FALLING_BACK,
    /** Answered, cancelled or gone. */
    DONE
}
