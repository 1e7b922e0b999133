package com.airesume.media.boundary;

/**
 * The media store could not be reached, or refused. The message is for the log and never holds a credential.
 */
public class MediaUnavailableException extends Exception {

    public MediaUnavailableException(String message) {
        super(message);
    }

    public MediaUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
