package org.upward.sessions;

import java.time.LocalDate;
import org.upward.security.UpwardUser;

/** Each partner's pulse, at most one per cadence period: answering again in the same period changes it. */
public interface CheckInService {

    /** The check-in as if answered on {@code today}, for its period: demo data and imports of past programs. */
    void recordOn(long pairId, CheckInRequest request, UpwardUser by, LocalDate today);
}
