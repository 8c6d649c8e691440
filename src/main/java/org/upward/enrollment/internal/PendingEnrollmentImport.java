package org.upward.enrollment.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * An uploaded enrollments.csv between its preview and the admin's confirmation, kept in the HTTP session: the
 * program it is for, the file's bytes gzipped, and an id the confirm form must echo.
 */
record PendingEnrollmentImport(String id, long programId, String filename, byte[] gzipped) implements Serializable {

    static final String SESSION_KEY = PendingEnrollmentImport.class.getName();

    static PendingEnrollmentImport of(long programId, String filename, byte[] csv) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(csv);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new PendingEnrollmentImport(UUID.randomUUID().toString(), programId, filename, out.toByteArray());
    }

    boolean matches(String id, long programId) {
        return this.id.equals(id) && this.programId == programId;
    }

    byte[] csv() {
        try (GZIPInputStream gzip = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
            return gzip.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
