package org.upward.sessions;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.upward.program.ObjectiveView;
import org.upward.program.ProgramService;
import org.upward.shared.FieldProblem;
import org.upward.shared.InvalidFieldsException;
import org.upward.shared.UiText;

/** What a session log must satisfy beyond its field constraints: no future date, skills from the program. */
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

    /** The covered skills in the catalog's spelling, or a 422 naming every invalid field. */
    List<String> check(long programId, SessionRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        if (request.date() != null && request.date().isAfter(LocalDate.now(clock))) {
            problems.add(new FieldProblem("date", UiText.of("sessions.error.canTBeInTheFuture")));
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
