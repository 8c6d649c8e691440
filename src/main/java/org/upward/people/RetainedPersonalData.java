package org.upward.people;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * One kind of personal data its owning module keeps for the retention policy's period only. The retention job
 * asks every implementation (one per kind, in the owner's {@code internal} package) to remove what expired;
 * the admin's preview asks the same question without removing. Removing a free text blanks it and keeps its row,
 * so counts and program figures stay as they were; rows that are nothing but personal data are deleted.
 *
 * <p>{@code expiredBefore} is the day the period is counted back to: data whose basis (the program's end, the
 * entry's date) lies before that day has expired. Both methods count the same rows, and a second removal with
 * the same day removes nothing more.
 */
public interface RetainedPersonalData {

    PersonalDataKind kind();

    /** How many rows {@link #removeExpired} would blank or delete now. */
    long countExpired(LocalDate expiredBefore);

    /** Blanks or deletes the expired rows, in its own transaction; answers how many. */
    long removeExpired(LocalDate expiredBefore);

    /** The first instant of {@code day} (UTC), for rows whose basis is a timestamp: expired if before it. */
    static Timestamp startOf(LocalDate day) {
        return Timestamp.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
    }
}
