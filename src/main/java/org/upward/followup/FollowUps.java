package org.upward.followup;

import java.util.Collection;
import java.util.List;
import org.upward.security.UpwardUser;
import org.upward.shared.ListPage;

/**
 * A pair's follow-ups, for the session log (which adds and ticks them when a session is logged), the pair page
 * and the participant's home page. Only the two partners and admins see a pair's follow-ups; executives never.
 */
public interface FollowUps {

    /** The most follow-ups one call adds (one session's). */
    int MAX_PER_CALL = 5;

    /**
     * Adds {@code items} to the pair, from the logged session {@code sessionId} (null: none), in the caller's
     * transaction; the logger is a partner or an admin. Bad items: {@code InvalidFieldsException} naming
     * {@code followUps[i].text} or {@code followUps[i].owner}.
     */
    List<FollowUpView> add(long pairId, Long sessionId, List<NewFollowUp> items, UpwardUser by);

    /** Marks the pair's open follow-ups {@code ids} done (a partner); ids of other pairs are refused with 422. */
    void markDone(long pairId, Collection<Long> ids, UpwardUser by);

    /** The pair's open follow-ups, newest first, at most {@code limit}; the partners and admins. */
    ListPage<FollowUpView> open(long pairId, UpwardUser me, int limit);

    /** The open follow-ups of the caller's agreed pairs (theirs and their partners'), newest first, at most {@code limit}. */
    ListPage<MyFollowUp> openForMe(UpwardUser me, int limit);
}
