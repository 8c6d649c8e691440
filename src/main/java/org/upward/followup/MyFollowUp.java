package org.upward.followup;

/** An open follow-up on a participant's to-do list: the follow-up, whether they own it, and the partner's name. */
public record MyFollowUp(FollowUpView followUp, boolean mine, String partnerName, String programName) {

    /** Where it is ticked done: the pair page. */
    public String link() {
        return "/participant/pairs/" + followUp.pairId();
    }
}
