package org.upward.sessions.internal;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.upward.pairing.PairAccess;
import org.upward.pairing.PairAccess.PairRef;
import org.upward.people.People;
import org.upward.people.PersonRef;
import org.upward.security.Role;
import org.upward.security.UpwardUser;
import org.upward.shared.ConflictException;
import org.upward.shared.UiText;

/** Object-level access to a pair's sessions: unknown pair 404, neither partner nor admin 403. */
@Component
class PairGuard {

    private final PairAccess pairs;
    private final PairActivityWindow window;

    PairGuard(PairAccess pairs, PairActivityWindow window) {
        this.pairs = pairs;
        this.window = window;
    }

    /** The two partners and admins read a pair's sessions. */
    PairRef readable(long pairId, UpwardUser user) {
        PairRef pair = pairs.get(pairId);
        if (!pair.isPartner(user.email()) && !user.hasRole(Role.ADMIN)) {
            throw new AccessDeniedException(UiText.of("sessions.error.onlyTheTwoPartnersAndAdmins"));
        }
        return pair;
    }

    /** A partner's own page of their pair: partners only, whatever the pair's status. */
    PairRef partnerOnly(long pairId, UpwardUser user) {
        PairRef pair = pairs.get(pairId);
        if (!pair.isPartner(user.email())) {
            throw new AccessDeniedException(UiText.of("sessions.error.onlyTheTwoPartnersSeeThis"));
        }
        return pair;
    }

    /** The partners log and edit sessions (admins may too) while the pair is active and its program not over. */
    PairRef loggable(long pairId, UpwardUser user) {
        return active(readable(pairId, user));
    }

    /** Only a partner gives feedback or checks in, while the pair is active and its program not over. */
    PairRef partner(long pairId, UpwardUser user) {
        PairRef pair = pairs.get(pairId);
        if (!pair.isPartner(user.email())) {
            throw new AccessDeniedException(UiText.of("sessions.error.onlyTheTwoPartnersOfThis"));
        }
        return active(pair);
    }

    /** Either partner plans meetings while the pair is agreed (approved or active) and its program not over. */
    PairRef planner(long pairId, UpwardUser user) {
        PairRef pair = pairs.get(pairId);
        if (!pair.isPartner(user.email())) {
            throw new AccessDeniedException(UiText.of("sessions.error.onlyTheTwoPartnersOfThis2"));
        }
        window.requireOpen(pair.programId());
        if (!pair.isAgreed()) {
            throw new ConflictException(
                    UiText.of("sessions.conflict.pairNotAgreed"),
                    UiText.of("sessions.error.meetingsCanBePlannedOnceHr"));
        }
        return pair;
    }

    /** The partner with {@code email}, one of the two. */
    static PersonRef person(PairRef pair, String email) {
        return pair.mentor().email().equals(People.normalizeEmail(email)) ? pair.mentor() : pair.mentee();
    }

    /** The person id of {@code email}, one of the pair's partners. */
    static long personId(PairRef pair, String email) {
        return pair.mentor().email().equals(People.normalizeEmail(email))
                ? pair.mentor().id()
                : pair.mentee().id();
    }

    private PairRef active(PairRef pair) {
        window.requireOpen(pair.programId());
        if (!pair.isActive()) {
            throw new ConflictException(
                    UiText.of("sessions.conflict.pairNotActive"),
                    UiText.of("sessions.error.sessionsAndCheckInsStartOnce"));
        }
        return pair;
    }
}
