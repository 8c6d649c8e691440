package org.upward.shared;

/** Something that existed but can no longer be used (a used or expired link): 410. */
public class GoneException extends RuntimeException {

    public GoneException(String message) {
        super(message);
    }
}
