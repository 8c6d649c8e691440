package org.upward.people;

/** An uploaded CSV over the size limit: 413. */
public class CsvTooLargeException extends RuntimeException {

    public CsvTooLargeException(long maxBytes) {
        super("The file is larger than " + (maxBytes / (1024 * 1024)) + " MB.");
    }
}
