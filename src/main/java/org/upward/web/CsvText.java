package org.upward.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Reads an uploaded CSV as strict UTF-8 (a BOM is dropped), within the 10 MB limit of the API. */
public final class CsvText {

    public static final int MAX_BYTES = 10 * 1024 * 1024;

    private CsvText() {}

    public static String read(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw new TooLargeException("The file is larger than 10 MB.");
        }
        return decode(bytes);
    }

    public static String decode(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw new TooLargeException("The file is larger than 10 MB.");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new CsvImportException(List.of(new CsvProblem(0, "file", "is not UTF-8 text; save it as CSV UTF-8")));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new CsvImportException(
                    List.of(new CsvProblem(0, "file", "is empty: it needs a header row and rows")));
        }
        return text;
    }
}
