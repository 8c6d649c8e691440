package org.upward.sessions;

import java.util.List;
import org.upward.security.UpwardUser;

/** The check-ins a participant still owes this period: their active pairs of running programs. */
public interface CheckInsDue {

    List<CheckInDue> of(UpwardUser me);
}
