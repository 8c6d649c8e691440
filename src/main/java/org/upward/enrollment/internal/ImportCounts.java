package org.upward.enrollment.internal;

/** What an all-or-nothing import did. */
record ImportCounts(int created, int updated) {}
