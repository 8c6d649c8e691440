package org.upward.sessions.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.upward.pairing.PairAccess.PairRef;
import org.upward.program.ObjectiveView;
import org.upward.program.ProgramService;
import org.upward.sessions.SessionDuration;
import org.upward.sessions.SessionRequest;
import org.upward.shared.FieldProblem;
import org.upward.shared.InvalidFieldsException;
import org.upward.shared.UiText;

/**
 * What a session log must satisfy: a duration {@link SessionDuration} allows (checked on the form or request too),
 * dated neither in the future nor before its pair started (or its program, whichever is later), skills from the
 * program.
 */
@Component
class SessionRules {

    private final ProgramService programs;
    private final Clock clock;

    SessionRules(ProgramService programs, Clock clock) {
        this.programs = programs;
        this.clock = clock;
    }

    /** The program's focus skills, in objective order, without duplicates. */
    List<String> focusSkills(long programId) {
        Map<String, String> skills = new LinkedHashMap<>();
        for (ObjectiveView objective : programs.get(programId).objectives()) {
            objective.focusSkills().forEach(s -> skills.putIfAbsent(s.toLowerCase(Locale.ROOT), s));
        }
        return List.copyOf(skills.values());
    }

    /** The first day a session of the pair can be dated: the later of the day it was paired and its program's start. */
    LocalDate firstDay(PairRef pair) {
        LocalDate paired = LocalDate.ofInstant(pair.createdAt(), clock.getZone());
        LocalDate start = programs.get(pair.programId()).startDate();
        return paired.isAfter(start) ? paired : start;
    }

    /** The covered skills in the catalog's spelling, or a 422 naming every invalid field. */
    List<String> check(PairRef pair, SessionRequest request) {
        return check(pair.programId(), firstDay(pair), request);
    }

    /** The same for any pair of the program (a lunch &amp; learn): not before the program's start. */
    List<String> check(long programId, SessionRequest request) {
        return check(programId, programs.get(programId).startDate(), request);
    }

    private List<String> check(long programId, LocalDate firstDay, SessionRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        SessionDuration.problem(request.durationMinutes()).ifPresent(problems::add);
        if (request.date() != null && request.date().isAfter(LocalDate.now(clock))) {
            problems.add(new FieldProblem("date", UiText.of("sessions.error.canTBeInTheFuture")));
        } else if (request.date() != null && request.date().isBefore(firstDay)) {
            problems.add(
                    new FieldProblem("date", UiText.of("sessions.error.beforeThePairStarted", UiText.day(firstDay))));
        }
        Map<String, String> allowed = new LinkedHashMap<>();
        focusSkills(programId).forEach(s -> allowed.put(s.toLowerCase(Locale.ROOT), s));
        List<String> covered = new ArrayList<>();
        for (String skill : request.skills()) {
            String known = skill == null ? null : allowed.get(skill.trim().toLowerCase(Locale.ROOT));
            if (known == null) {
                problems.add(new FieldProblem(
                        "skillsCovered", UiText.of("sessions.error.isNotOneOfTheProgram", skill, allowed.values())));
            } else if (!covered.contains(known)) {
                covered.add(known);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
        return covered;
    }
}
