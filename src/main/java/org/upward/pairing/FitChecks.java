package org.upward.pairing;

import org.upward.security.UpwardUser;

/** The fit check after the intro chat, as a partner's own pair page shows it. */
public interface FitChecks {

    /** What {@code me}, a partner, answered (never the other partner's answer or note), and whether it is asked now. */
    MyFitCheck mine(long pairId, UpwardUser me);

    /** A partner answers after the intro chat: two good fits make the pair active; not a fit alerts the admins. */
    void record(long pairId, UpwardUser by, FitAnswer answer, String note);

    /** A partner's own fit check: asked while the pair waits to start; their answer and note, if any. */
    record MyFitCheck(long pairId, boolean asked, FitAnswer answer, String note) {

        public boolean answered() {
            return answer != null;
        }
    }
}
