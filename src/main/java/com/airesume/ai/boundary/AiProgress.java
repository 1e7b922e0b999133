package com.airesume.ai.boundary;

import java.io.Serializable;

/**
 * A request as the page sees it when it asks.
 *
 * @param state whether it runs, is answered, was cancelled, failed or is unknown
 * @param step where it is
 * @param answer the answer once {@code state} is {@link State#DONE}, else null
 */
public record AiProgress(State state, AiStep step, AiAnswer answer) implements Serializable {

    /** Whether a request still runs. */
    public enum State {
        RUNNING, DONE, CANCELLED, FAILED, GONE
    }

    static final AiProgress GONE = new AiProgress(State.GONE, AiStep.DONE, null);

    public boolean isRunning() {
        return state == State.RUNNING;
    }
}
