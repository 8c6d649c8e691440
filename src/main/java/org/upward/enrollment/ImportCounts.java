package org.upward.enrollment;

/** What an all-or-nothing import did. */
public record ImportCounts(int created, int updated) {}
