package org.upward.people;

import java.io.IOException;
import java.io.InputStream;
import org.upward.web.TooLargeException;

/** Reads an uploaded CSV into memory, refusing anything over 10 MB however its size was announced. */
public final class CsvUpload {

    public static final long MAX_BYTES = 10L * 1024 * 1024;

    private CsvUpload() {}

    /** Refuses a body whose announced length is already too large, before reading any of it. */
    public static void checkAnnouncedLength(long contentLength) {
        if (contentLength > MAX_BYTES) {
            throw new TooLargeException("The file is larger than 10 MB.");
        }
    }

    /** Reads at most {@link #MAX_BYTES}; counts what actually arrives, whatever Content-Length said. */
    public static byte[] read(InputStream body) throws IOException {
        byte[] bytes = body.readNBytes((int) MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw new TooLargeException("The file is larger than 10 MB.");
        }
        return bytes;
    }
}
