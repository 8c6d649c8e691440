package org.upward.retention.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One recorded run: when, the day its periods were counted back from, and its counts per kind. */
record RetentionRunView(long id, Instant ranAt, LocalDate ranOn, List<RetentionCount> counts) {}
