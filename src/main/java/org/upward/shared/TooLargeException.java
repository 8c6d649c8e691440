package org.upward.shared;

/** An upload over the size limit: 413. */
public class TooLargeException extends RuntimeException {

    public TooLargeException(String message) {
        super(message);
    }
}
