package org.upward.retention.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.upward.people.PersonalDataKind;
import org.upward.shared.ListPage;

/** The runs' record: when each ran and its counts per kind, newest first. */
@Component
class RetentionRunStore {

    private final JdbcTemplate jdbc;

    RetentionRunStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public long record(Instant ranAt, LocalDate ranOn, List<RetentionCount> counts) {
        Long id = jdbc.queryForObject(
                "insert into retention_run (ran_at, ran_on) values (?, ?) returning id",
                Long.class,
                Timestamp.from(ranAt),
                ranOn);
        for (RetentionCount count : counts) {
            jdbc.update(
                    "insert into retention_run_kind (run_id, kind, months, removed, failed) values (?, ?, ?, ?, ?)",
                    id,
                    count.kind().name(),
                    count.months(),
                    count.count(),
                    count.failed());
        }
        return id;
    }

    @Transactional(readOnly = true)
    public ListPage<RetentionRunView> page(int asked, int size) {
        long total = jdbc.queryForObject("select count(*) from retention_run", Long.class);
        int page = (int) Math.min(Math.max(asked, 0), Math.max(0, (total - 1) / size));
        Map<Long, RetentionRunView> runs = new LinkedHashMap<>();
        jdbc.query(
                "select id, ran_at, ran_on from retention_run order by ran_at desc, id desc limit ? offset ?",
                row -> {
                    long id = row.getLong("id");
                    runs.put(
                            id,
                            new RetentionRunView(
                                    id,
                                    row.getTimestamp("ran_at").toInstant(),
                                    row.getDate("ran_on").toLocalDate(),
                                    new ArrayList<>()));
                },
                size,
                (long) page * size);
        if (!runs.isEmpty()) {
            jdbc.query(
                    "select run_id, kind, months, removed, failed from retention_run_kind where run_id = any (?)"
                            + " order by run_id",
                    row -> {
                        PersonalDataKind kind = PersonalDataKind.valueOf(row.getString("kind"));
                        runs.get(row.getLong("run_id"))
                                .counts()
                                .add(new RetentionCount(
                                        kind,
                                        row.getInt("months"),
                                        row.getLong("removed"),
                                        true,
                                        row.getBoolean("failed")));
                    },
                    (Object) runs.keySet().toArray(Long[]::new));
        }
        runs.values().forEach(run -> run.counts().sort(Comparator.comparing(RetentionCount::kind)));
        return new ListPage<>(List.copyOf(runs.values()), page, size, total);
    }
}
