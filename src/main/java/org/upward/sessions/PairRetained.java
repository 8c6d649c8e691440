package org.upward.sessions;

import java.time.LocalDate;

/** Published inside the transaction in which an admin keeps (retains) a quiet pair: its quiet run ends on {@code day}. */
public record PairRetained(long programId, long pairId, String mentorName, String menteeName, LocalDate day) {}
