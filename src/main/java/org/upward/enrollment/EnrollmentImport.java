package org.upward.enrollment;

/** Enrollments with full profiles, one by API or many by enrollments.csv: all or nothing. */
public interface EnrollmentImport {

    /** Creates or updates one full enrollment, as the API's POST does. */
    EnrollmentView save(long programId, EnrollmentDraft draft);
}
