package org.upward.impact.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.upward.program.ProgramView;

/**
 * Everything a program's figures depend on besides their sources' rows: the program as read (its dates, cadence,
 * cost, objectives and settings), today (the application's and the database's) and each source's count of changes.
 */
record FigureStamp(ProgramView program, LocalDate today, LocalDate databaseToday, Map<String, Long> changes) {

    /** Sessions, feedback and check-ins, through each pair's activity totals. */
    static final String ACTIVITY = "activity";
    /** Pairs, enrollments and agreements. */
    static final String PAIRS = "pairs";

    static final String RATINGS = "ratings";
    static final String SURVEYS = "surveys";
    static final String OUTCOMES = "outcomes";
    static final String WRAP_UPS = "wrapups";
    /** People and skills, which every program's retention and skill names read. */
    static final String COMPANY = "company";

    /** The key of one section of figures that reads the given sources. */
    Key key(String section, String... sources) {
        return new Key(
                section,
                program,
                today,
                databaseToday,
                List.of(sources).stream().map(s -> changes.getOrDefault(s, 0L)).toList());
    }

    /** Every source of the figures. */
    static final String[] ALL = {ACTIVITY, PAIRS, RATINGS, SURVEYS, OUTCOMES, WRAP_UPS, COMPANY};

    /** The key of figures that read every source. */
    Key keyOfAll(String section) {
        return key(section, ALL);
    }

    record Key(String section, ProgramView program, LocalDate today, LocalDate databaseToday, List<Long> changes) {}
}
