package org.upward.wrapup;

import org.upward.security.UpwardUser;

/** Wrap-ups as the pair page and the impact dashboard read them. */
public interface WrapUps {

    /** The pair's wrap-up as {@code me} may see it: a partner or an admin, 403 for anyone else. */
    WrapUpView get(long pairId, UpwardUser me);

    /** The program's wrap-ups in aggregate, small groups withheld. */
    WrapUpSummary summary(long programId);
}
