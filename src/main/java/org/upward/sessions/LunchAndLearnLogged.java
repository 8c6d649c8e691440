package org.upward.sessions;

import java.time.LocalDate;
import java.util.List;

/** Published inside the transaction that logs one lunch & learn session for several pairs. */
public record LunchAndLearnLogged(long programId, List<Long> pairIds, LocalDate date) {}
