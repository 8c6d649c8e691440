package org.upward.shared;

/**
 * A request that is malformed rather than invalid: a parameter out of range ({@code page=-1}) or a required
 * field missing ({@code version}). The API answers 400 with the field named in {@code errors}; a page shows
 * the friendly 400 page.
 */
public class MalformedRequestException extends RuntimeException {

    private final String field;

    public MalformedRequestException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
