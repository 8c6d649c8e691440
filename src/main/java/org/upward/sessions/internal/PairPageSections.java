package org.upward.sessions.internal;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.upward.agreement.PairAgreements;
import org.upward.followup.FollowUps;
import org.upward.pairing.FitChecks;
import org.upward.security.UpwardUser;
import org.upward.wrapup.WrapUps;

/**
 * The pair page's sections other features own, as the caller may see them: their fit check, the agreement, the
 * open follow-ups, the wrap-up, and the planned meetings with the conversation topics offered for the next one.
 */
@Component
class PairPageSections {

    /** Open follow-ups the pair page shows at once, newest first; the API lists them all. */
    static final int OPEN_FOLLOW_UPS_SHOWN = 20;

    private final FitChecks fitChecks;
    private final PairAgreements agreements;
    private final FollowUps followUps;
    private final WrapUps wrapUps;
    private final PlannedSessions planned;
    private final MeetingTopics topics;

    PairPageSections(
            FitChecks fitChecks,
            PairAgreements agreements,
            FollowUps followUps,
            WrapUps wrapUps,
            PlannedSessions planned,
            MeetingTopics topics) {
        this.fitChecks = fitChecks;
        this.agreements = agreements;
        this.followUps = followUps;
        this.wrapUps = wrapUps;
        this.planned = planned;
        this.topics = topics;
    }

    void addTo(Model model, long pairId, UpwardUser me) {
        model.addAttribute("fitCheck", fitChecks.mine(pairId, me));
        model.addAttribute("agreement", agreements.get(pairId, me));
        model.addAttribute("followUps", followUps.open(pairId, me, OPEN_FOLLOW_UPS_SHOWN));
        model.addAttribute("followUpSlots", SessionForm.FOLLOW_UP_SLOTS);
        model.addAttribute("wrapUp", wrapUps.get(pairId, me));
        model.addAttribute("planned", planned.open(pairId));
        boolean plannable = planned.plannable(pairId);
        model.addAttribute("plannable", plannable);
        if (plannable) {
            model.addAttribute("topicChoices", topics.offered(pairId, me));
        }
    }
}
