package org.upward.followup.internal;

import org.upward.followup.FollowUpView;
import org.upward.pairing.PairAccess.PairRef;
import org.upward.people.PersonRef;

/** A follow-up as the API and the pages show it, its owner named from the pair. */
final class FollowUpViews {

    private FollowUpViews() {}

    static FollowUpView of(PairRef pair, FollowUp f) {
        return of(f, f.getOwnerId() == pair.mentor().id() ? pair.mentor() : pair.mentee());
    }

    static FollowUpView of(FollowUp f, PersonRef owner) {
        return new FollowUpView(
                f.getId(),
                f.getPairId(),
                f.getSessionId(),
                f.getText(),
                owner == null ? null : owner.email(),
                owner == null ? null : owner.name(),
                f.getState(),
                f.getDoneOn(),
                f.getVersion(),
                f.getCreatedAt());
    }
}
