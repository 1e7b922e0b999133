package com.airesume.media.control;

import java.util.Objects;

/**
 * An upload that is not kept as a profile photo. The page shows a text per {@link Reason}; the message is for
 * the log.
 */
public class RejectedPhotoException extends Exception {

    /** Why an upload was refused. */
    public enum Reason {
        EMPTY, TOO_LARGE, NOT_AN_IMAGE, TOO_MANY_PIXELS, UNREADABLE
    }

    private final Reason reason;

    public RejectedPhotoException(Reason reason, String message) {
        this(reason, message, null);
    }

    public RejectedPhotoException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public Reason reason() {
        return reason;
    }
}
