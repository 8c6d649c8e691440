package org.upward.enrollment;

/** Published inside the import's transaction once a program's enrollments.csv is written. */
public record EnrollmentsImported(long programId, int created, int updated) {}
