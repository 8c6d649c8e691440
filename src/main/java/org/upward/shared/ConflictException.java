package org.upward.shared;

/** A request that clashes with the current state (a duplicate, a refused transition): 409. */
public class ConflictException extends RuntimeException {

    private final String title;

    public ConflictException(String title, String detail) {
        super(detail);
        this.title = title;
    }

    public String title() {
        return title;
    }
}
