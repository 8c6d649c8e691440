package org.upward.shared;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/** Reads an uploaded CSV as strict UTF-8 (a BOM is dropped), within the 10 MB limit of the API. */
public final class CsvText {

    public static final int MAX_BYTES = 10 * 1024 * 1024;

    private CsvText() {}

    /**
     * Reads an upload's bytes, refusing it at once when its announced length (Content-Length or the
     * multipart part's size; -1 when unknown) is over the limit, and otherwise counting what arrives.
     */
    public static byte[] read(long announcedLength, InputStream in) throws IOException {
        if (announcedLength > MAX_BYTES) {
            throw tooLarge();
        }
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw tooLarge();
        }
        return bytes;
    }

    public static TooLargeException tooLarge() {
        return new TooLargeException(UiText.of("web.error.theFileIsLargerThan10"));
    }

    public static String decode(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw tooLarge();
        }
        StrictUtf8.Decoded decoded = StrictUtf8.decode(bytes);
        if (!decoded.badLines().isEmpty()) {
            throw new CsvImportException(decoded.badLines().stream()
                    .map(line -> new CsvProblem(line, "file", UiText.of("web.error.isNotUtf8TextSave")))
                    .toList());
        }
        String text = CleanText.strip(decoded.text());
        if (text.isBlank()) {
            throw new CsvImportException(
                    List.of(new CsvProblem(0, "file", UiText.of("web.error.isEmptyItNeedsAHeader"))));
        }
        return text;
    }
}
