package org.upward.people.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who is above whom: each person's whole chain of managers, read in one recursive query. */
@Service
class ReportingLines {

    private final JdbcTemplate jdbc;

    ReportingLines(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** For each given person, the ids of every manager above them (empty for the top). */
    @Transactional(readOnly = true)
    public Map<Long, Set<Long>> managersAbove(Collection<Long> personIds) {
        Map<Long, Set<Long>> chains = new HashMap<>();
        personIds.forEach(id -> chains.put(id, new HashSet<>()));
        if (personIds.isEmpty()) {
            return chains;
        }
        jdbc.query(
                """
                with recursive chain(person_id, manager_id, depth) as (
                    select p.id, p.manager_id, 1 from person p
                     where p.id = any (?) and p.manager_id is not null
                    union all
                    select c.person_id, m.manager_id, c.depth + 1 from chain c
                      join person m on m.id = c.manager_id
                     where m.manager_id is not null and c.depth < 50
                )
                select person_id, manager_id from chain
                """,
                row -> {
                    chains.get(row.getLong(1)).add(row.getLong(2));
                },
                (Object) personIds.toArray(Long[]::new));
        return chains;
    }
}
