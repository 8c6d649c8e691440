package org.upward.followup;

/** Where a follow-up is: still to do, or done. */
public enum FollowUpState {
    OPEN,
    DONE
}
