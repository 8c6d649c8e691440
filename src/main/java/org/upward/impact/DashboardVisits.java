package org.upward.impact;

import java.time.Instant;
import java.util.Map;

/** When a person last opened each program's impact dashboard page. */
public interface DashboardVisits {

    /** Program id → the last time this account opened that program's dashboard. */
    Map<Long, Instant> lastSeen(long accountId);
}
