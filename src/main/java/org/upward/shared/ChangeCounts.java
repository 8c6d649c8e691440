package org.upward.shared;

import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * How often the data of a program have changed, per source, as the database counts them: every statement that
 * writes a watched table appends a row per program it touched to {@code figure_change} (migrations V48, V49,
 * V51; program 0 for the company-wide people and skills), which a job folds into {@code figure_stamp} without
 * changing any count. A count grows exactly when a change commits, so what is computed after reading the counts
 * may be kept under them and given again while they are the same, on any instance.
 */
@Component
public class ChangeCounts {

    /**
     * The counts read, by source (a source never changed is absent), with the database's date, and whether the
     * current transaction has written nothing yet.
     */
    public record Counts(Map<String, Long> changes, LocalDate databaseToday, boolean unwritten) {

        /** The counts of {@code sources}, in that order. */
        public List<Long> of(String... sources) {
            return List.of(sources).stream()
                    .map(source -> changes.getOrDefault(source, 0L))
                    .toList();
        }
    }

    private final JdbcTemplate jdbc;

    public ChangeCounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The counts of {@code sources} for the program (and the company's), in one statement. */
    public Counts read(long programId, String... sources) {
        String in = String.join(", ", Collections.nCopies(sources.length, "?"));
        String sql = "select source, sum(changes)::bigint as changes, current_date as today,"
                + " bool_and(pg_current_xact_id_if_assigned() is null) as unwritten from ("
                + " select source, folded as changes from figure_stamp where program_id in (?, 0) and source in ("
                + in + ") union all select source, count(*) from figure_change where program_id in (?, 0)"
                + " and source in (" + in + ") group by source union all select '', 0) counted group by source";
        Object[] args = new Object[2 * sources.length + 2];
        args[0] = programId;
        System.arraycopy(sources, 0, args, 1, sources.length);
        args[sources.length + 1] = programId;
        System.arraycopy(sources, 0, args, sources.length + 2, sources.length);
        Map<String, Long> changes = new HashMap<>();
        LocalDate[] today = {null};
        boolean[] unwritten = {true};
        jdbc.query(
                sql,
                rs -> {
                    changes.put(rs.getString("source"), rs.getLong("changes"));
                    today[0] = rs.getObject("today", LocalDate.class);
                    unwritten[0] &= rs.getBoolean("unwritten");
                },
                args);
        changes.remove("");
        return new Counts(Map.copyOf(changes), today[0], unwritten[0]);
    }

    /**
     * The counts of {@code sources} for the program (and the company's), in the order asked; empty when the
     * current transaction has written something itself, since it may see its own uncommitted change: nothing it
     * computes may then be kept for others.
     */
    public Optional<List<Long>> of(long programId, String... sources) {
        Counts counts = read(programId, sources);
        return counts.unwritten() ? Optional.of(counts.of(sources)) : Optional.empty();
    }
}
