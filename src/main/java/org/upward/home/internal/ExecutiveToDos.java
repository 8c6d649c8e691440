package org.upward.home.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.upward.impact.DashboardVisits;
import org.upward.program.ProgramService;
import org.upward.program.ProgramStatus;
import org.upward.program.ProgramView;
import org.upward.security.UpwardUser;
import org.upward.survey.SurveyWaves;

/**
 * The results an executive has to read: a running program's mid-way figures, a completed program's final ones and
 * each closed survey wave's. An item is done once the executive opened the program's dashboard after the results
 * came in; done items stay listed for a month after they were due, so the list shows what was read too.
 */
@Component
class ExecutiveToDos {

    /** Days an executive is given to read new results. */
    static final int DAYS_TO_READ = 14;

    /** How long a done item, or results nobody read, stay on the list after they were due. */
    private static final int DAYS_SHOWN_AFTER_DUE = 30;

    private final ProgramService programs;
    private final SurveyWaves waves;
    private final DashboardVisits visits;
    private final Clock clock;

    ExecutiveToDos(ProgramService programs, SurveyWaves waves, DashboardVisits visits, Clock clock) {
        this.programs = programs;
        this.waves = waves;
        this.visits = visits;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    List<ToDo> of(UpwardUser me) {
        LocalDate today = LocalDate.now(clock);
        Map<Long, Instant> seen = visits.lastSeen(me.accountId());
        List<ToDo> items = new ArrayList<>();
        for (ProgramView program : programs.inStatus(ProgramStatus.RUNNING)) {
            LocalDate midway =
                    program.startDate().plusDays(ChronoUnit.DAYS.between(program.startDate(), program.endDate()) / 2);
            if (!today.isBefore(midway)) {
                items.add(item("todo.executive.midway", program, null, midway, seen));
            }
            addClosedWaves(program, seen, items);
        }
        for (ProgramView program : programs.inStatus(ProgramStatus.COMPLETED)) {
            items.add(item("todo.executive.final", program, null, program.endDate(), seen));
            addClosedWaves(program, seen, items);
        }
        items.removeIf(item -> item.dueOn().plusDays(DAYS_SHOWN_AFTER_DUE).isBefore(today));
        items.sort(Comparator.comparing((ToDo item) -> item.state() == ToDo.State.DONE)
                .thenComparing(ToDo::dueOn));
        return items;
    }

    private void addClosedWaves(ProgramView program, Map<Long, Instant> seen, List<ToDo> items) {
        for (SurveyWaves.ClosedWave wave : waves.closed(program.id())) {
            items.add(item(
                    "todo.executive.survey",
                    program,
                    wave.name(),
                    wave.closesOn().plusDays(1),
                    seen));
        }
    }

    /** Results available from {@code resultsOn}, to read within {@link #DAYS_TO_READ} days. */
    private ToDo item(String key, ProgramView program, String wave, LocalDate resultsOn, Map<Long, Instant> seen) {
        Instant lastSeen = seen.get(program.id());
        boolean read = lastSeen != null
                && !LocalDate.ofInstant(lastSeen, clock.getZone()).isBefore(resultsOn);
        List<Object> args = wave == null ? List.of(program.name()) : List.of(program.name(), wave);
        return new ToDo(
                key,
                args,
                resultsOn.plusDays(DAYS_TO_READ),
                "/impact/programs/" + program.id(),
                read ? ToDo.State.DONE : ToDo.State.TODO);
    }
}
