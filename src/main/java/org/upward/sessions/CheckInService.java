package org.upward.sessions;

import java.time.LocalDate;
import org.upward.security.UpwardUser;

/** A partner's check-in as of a given day, for other modules (the demo data). */
public interface CheckInService {

    /** The check-in as if answered on {@code today}, for its period: demo data and imports of past programs. */
    void recordOn(long pairId, CheckInRequest request, UpwardUser by, LocalDate today);
}
