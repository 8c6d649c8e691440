package org.upward.shared;

/** Something a request names does not exist (or is not the caller's to see): 404 on pages and in the API. */
public abstract class NotFoundException extends RuntimeException {

    protected NotFoundException(String message) {
        super(message);
    }
}
