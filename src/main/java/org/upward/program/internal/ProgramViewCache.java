package org.upward.program.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.upward.program.ProgramView;

/**
 * Each program's latest view, kept with the database's counts of changes to the program's own tables and to the
 * people and skills it names (V49 and V48 count them on every write), and given again only while both counts are
 * the same. The counts are read before the view is built, so a kept view is never older than the data, on any
 * instance. A transaction that has written something builds its own view and keeps nothing: it may see its own
 * uncommitted change. One entry per program; past {@value #MOST_ENTRIES} entries it starts afresh.
 */
@Component
class ProgramViewCache {

    static final int MOST_ENTRIES = 5_000;

    private static final String COUNTS =
            """
            select (select coalesce(sum(folded), 0) from figure_stamp where program_id = ? and source = 'program')
                 + (select count(*) from figure_change where program_id = ? and source = 'program') as program,
                   (select coalesce(sum(folded), 0) from figure_stamp where program_id = 0 and source = 'company')
                 + (select count(*) from figure_change where program_id = 0 and source = 'company') as company,
                   pg_current_xact_id_if_assigned() is null as unwritten
            """;

    private record Counts(long program, long company) {}

    private record Entry(Counts counts, ProgramView view) {}

    private final Map<Long, Entry> entries = new ConcurrentHashMap<>();
    private final JdbcTemplate jdbc;

    ProgramViewCache(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    ProgramView get(long programId, Supplier<ProgramView> build) {
        Counts counts = jdbc.queryForObject(
                COUNTS,
                (rs, row) ->
                        rs.getBoolean("unwritten") ? new Counts(rs.getLong("program"), rs.getLong("company")) : null,
                programId,
                programId);
        if (counts == null) {
            return build.get();
        }
        Entry entry = entries.get(programId);
        if (entry != null && entry.counts().equals(counts)) {
            return entry.view();
        }
        ProgramView view = build.get();
        if (entries.size() >= MOST_ENTRIES) {
            entries.clear();
        }
        entries.put(programId, new Entry(counts, view));
        return view;
    }
}
