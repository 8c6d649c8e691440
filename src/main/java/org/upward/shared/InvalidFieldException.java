package org.upward.shared;

/** A business rule refused one field's value: 422 with the field named, like a validation error. */
public class InvalidFieldException extends RuntimeException {

    private final String field;

    public InvalidFieldException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
