package org.upward.sessions.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upward.pairing.PairAccess;
import org.upward.pairing.PairAccess.PairRef;
import org.upward.program.ProgramService;
import org.upward.security.Role;
import org.upward.security.UpwardUser;
import org.upward.sessions.LunchAndLearnLogged;
import org.upward.sessions.SessionRequest;
import org.upward.shared.FieldProblem;
import org.upward.shared.InvalidFieldsException;
import org.upward.shared.NotFoundException;
import org.upward.shared.UiText;

/**
 * The admin logs one lunch & learn for several active pairs of a program: each pair gets its own session log (so
 * its partners see, edit and give feedback on it as usual), logged by the admin. All or nothing: one pair that is
 * unknown, of another program or not active refuses the whole request, naming it.
 *
 * <p>Who may log: a pair's partners log its sessions, and admins may log for any active pair; logging for several
 * pairs at once is an admin action only, since no participant is a partner of several pairs.
 */
@Service
class LunchAndLearn {

    private final SessionLog sessions;
    private final SessionRules rules;
    private final PairAccess pairs;
    private final ProgramService programs;
    private final ApplicationEventPublisher events;
    private final PairActivityWindow window;

    LunchAndLearn(
            SessionLog sessions,
            SessionRules rules,
            PairAccess pairs,
            ProgramService programs,
            ApplicationEventPublisher events,
            PairActivityWindow window) {
        this.window = window;
        this.sessions = sessions;
        this.rules = rules;
        this.pairs = pairs;
        this.programs = programs;
        this.events = events;
    }

    @Transactional
    public List<SessionView> log(long programId, LunchAndLearnRequest request, UpwardUser admin) {
        if (!admin.hasRole(Role.ADMIN)) {
            throw new AccessDeniedException(UiText.of("sessions.error.onlyAdminsLogALunchLearn"));
        }
        programs.get(programId);
        window.requireOpen(programId);
        List<FieldProblem> problems = new ArrayList<>();
        Set<Long> ids = new LinkedHashSet<>();
        for (Long id : request.pairIds()) {
            if (id == null) {
                problems.add(new FieldProblem("pairIds", UiText.of("sessions.error.aPairIdIsMissing")));
            } else if (ids.add(id)) {
                problem(programId, id).ifPresent(problems::add);
            }
        }
        SessionRequest session = request.session();
        try {
            rules.check(programId, session);
        } catch (InvalidFieldsException invalid) {
            problems.addAll(invalid.problems());
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
        List<SessionView> logged =
                ids.stream().map(id -> sessions.log(id, session, admin)).toList();
        events.publishEvent(new LunchAndLearnLogged(programId, List.copyOf(ids), session.date()));
        return logged;
    }

    private Optional<FieldProblem> problem(long programId, long pairId) {
        PairRef pair;
        try {
            pair = pairs.get(pairId);
        } catch (NotFoundException unknown) {
            return Optional.of(new FieldProblem("pairIds", UiText.of("sessions.error.pairDoesnTExist", pairId)));
        }
        String named = "pair " + pairId + " (" + pair.mentor().name() + " and "
                + pair.mentee().name() + ")";
        if (pair.programId() != programId) {
            return Optional.of(new FieldProblem("pairIds", UiText.of("sessions.error.isNotInThisProgram", named)));
        }
        if (!pair.isActive()) {
            return Optional.of(
                    new FieldProblem("pairIds", UiText.of("sessions.error.isNotActiveItIsOnly", named, pair.status())));
        }
        return Optional.empty();
    }
}
