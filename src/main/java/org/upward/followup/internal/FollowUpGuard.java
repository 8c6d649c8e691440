package org.upward.followup.internal;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.upward.pairing.PairAccess;
import org.upward.pairing.PairAccess.PairRef;
import org.upward.program.ProgramService;
import org.upward.security.Role;
import org.upward.security.UpwardUser;
import org.upward.shared.ConflictException;
import org.upward.shared.UiText;

/** Who may see and change a pair's follow-ups: unknown pair 404, neither partner nor admin 403. */
@Component
class FollowUpGuard {

    private final PairAccess pairs;
    private final ProgramService programs;

    FollowUpGuard(PairAccess pairs, ProgramService programs) {
        this.pairs = pairs;
        this.programs = programs;
    }

    /** The two partners and admins read. */
    PairRef readable(long pairId, UpwardUser me) {
        PairRef pair = pairs.get(pairId);
        if (!pair.isPartner(me.email()) && !me.hasRole(Role.ADMIN)) {
            throw new AccessDeniedException(UiText.of("followup.error.pairOnly"));
        }
        return pair;
    }

    /** Only the two partners add and change them, while the pair is agreed and its program not over. */
    PairRef partner(long pairId, UpwardUser me) {
        PairRef pair = pairs.get(pairId);
        if (!pair.isPartner(me.email())) {
            throw new AccessDeniedException(UiText.of("followup.error.partnersOnly"));
        }
        return writable(pair);
    }

    /** Adding with a logged session: the logger (a partner, or an admin through the API) may. */
    PairRef logger(long pairId, UpwardUser me) {
        return writable(readable(pairId, me));
    }

    /** Whether the program is over: its pairs' follow-ups can no longer be ticked, so no to-do list shows them. */
    boolean programOver(long programId) {
        return programs.get(programId).status().isOver();
    }

    private PairRef writable(PairRef pair) {
        if (!pair.isAgreed()) {
            throw new ConflictException(
                    UiText.of("followup.conflict.title"), UiText.of("followup.error.pairNotAgreed"));
        }
        if (programs.get(pair.programId()).status().isOver()) {
            throw new ConflictException(UiText.of("followup.conflict.title"), UiText.of("followup.error.programOver"));
        }
        return pair;
    }
}
