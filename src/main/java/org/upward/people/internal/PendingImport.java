package org.upward.people.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * An uploaded people.csv between its preview and the admin's confirmation, kept in the HTTP session
 * (so in PostgreSQL): the file's bytes gzipped, typically a few KB, and an id the confirm form must echo.
 */
record PendingImport(String id, String filename, byte[] gzipped) implements Serializable {

    static final String SESSION_KEY = PendingImport.class.getName();

    static PendingImport of(String filename, byte[] csv) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(csv);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new PendingImport(UUID.randomUUID().toString(), filename, out.toByteArray());
    }

    byte[] csv() {
        try (GZIPInputStream gzip = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
            return gzip.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
