package org.upward.impact.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Retention from people's hire and leave dates: everyone employed on the program's start day is either a
 * participant (enrolled and not withdrawn) or one of everyone else; a person stayed through a period when they
 * had not left by its last day.
 */
@Component
class RetentionQuery {

    /** A person is enrolled at most once per program, so the join counts each person once. */
    private static final String SQL =
            """
            select e.person_id is not null as participant, count(*) as people,
                   count(*) filter (where p.leave_date is null or p.leave_date > ?) as stayed
            from person p
            left join enrollment e on e.program_id = ? and e.person_id = p.id and e.status <> 'WITHDRAWN'
            where (p.hire_date is null or p.hire_date <= ?) and (p.leave_date is null or p.leave_date >= ?)
            group by 1
            """;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    RetentionQuery(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Retention of(long programId, LocalDate start, LocalDate end) {
        LocalDate today = LocalDate.now(clock);
        List<Retention.Period> periods = new ArrayList<>();
        if (!start.isAfter(today)) {
            periods.add(period(programId, "during the program", start, end, today));
            if (end.plusMonths(12).isBefore(today)) {
                periods.add(period(programId, "12 months after the program", start, end.plusMonths(12), today));
            }
        }
        return new Retention(periods);
    }

    private Retention.Period period(long programId, String name, LocalDate start, LocalDate last, LocalDate today) {
        LocalDate until = last.isAfter(today) ? today : last;
        long[] participants = {0, 0};
        long[] others = {0, 0};
        jdbc.query(
                SQL,
                rs -> {
                    long[] group = rs.getBoolean("participant") ? participants : others;
                    group[0] = rs.getLong("people");
                    group[1] = rs.getLong("stayed");
                },
                until,
                programId,
                start,
                start);
        Retention.Group inProgram = group(participants);
        Retention.Group everyoneElse = group(others);
        boolean shown = inProgram.retainedPercent().shown()
                && everyoneElse.retainedPercent().shown();
        if (!shown) {
            return new Retention.Period(
                    name,
                    until,
                    !last.isAfter(today),
                    inProgram,
                    everyoneElse,
                    new Figure(null, Math.min(participants[0], others[0]), true),
                    null,
                    null);
        }
        double p1 = (double) participants[1] / participants[0];
        double p2 = (double) others[1] / others[0];
        double margin = 1.959964 * Math.sqrt(p1 * (1 - p1) / participants[0] + p2 * (1 - p2) / others[0]);
        return new Retention.Period(
                name,
                until,
                !last.isAfter(today),
                inProgram,
                everyoneElse,
                Figure.of(100 * (p1 - p2), Math.min(participants[0], others[0])),
                round(100 * (p1 - p2 - margin)),
                round(100 * (p1 - p2 + margin)));
    }

    private static Retention.Group group(long[] counts) {
        double percent = counts[0] == 0 ? Double.NaN : 100.0 * counts[1] / counts[0];
        return new Retention.Group(counts[0], Figure.of(counts[1], counts[0]), Figure.of(percent, counts[0]));
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
