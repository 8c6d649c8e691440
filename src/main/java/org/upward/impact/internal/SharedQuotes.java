package org.upward.impact.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A few "what I learned" quotes that their authors let the results show, without names: per side, only once at
 * least five people of that side gave feedback, so a quote cannot be traced back among a handful of people.
 */
@Component
class SharedQuotes {

    static final int PER_SIDE = 3;
    private static final int LONGEST = 280;

    private static final String SQL =
            """
            with feedback as (
                select e.side, f.author_id, f.learned, f.learned_shareable, f.updated_at
                from session_feedback f
                join mentoring_session s on s.id = f.session_id
                join mentoring_pair p on p.id = s.pair_id
                join enrollment e on e.program_id = p.program_id and e.person_id = f.author_id
                where p.program_id = ?
            ), sides as (
                select side, count(distinct author_id) as authors from feedback group by side
            ), ranked as (
                select f.side, f.learned,
                       row_number() over (partition by f.side order by f.updated_at desc, length(f.learned)) as rank
                from feedback f join sides on sides.side = f.side
                where f.learned_shareable and f.learned is not null and sides.authors >= ?
            )
            select side, learned from ranked where rank <= ? order by side desc, rank
            """;

    /** The quotes of one side ("MENTEE" or "MENTOR"). */
    record Quotes(String side, List<String> quotes) {}

    private final JdbcTemplate jdbc;

    SharedQuotes(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<Quotes> of(long programId) {
        Map<String, List<String>> bySide = new LinkedHashMap<>();
        jdbc.query(
                SQL,
                rs -> {
                    bySide.computeIfAbsent(rs.getString("side"), side -> new ArrayList<>())
                            .add(shortened(rs.getString("learned")));
                },
                programId,
                SmallGroups.MINIMUM,
                PER_SIDE);
        return bySide.entrySet().stream()
                .map(side -> new Quotes(side.getKey(), side.getValue()))
                .toList();
    }

    private static String shortened(String text) {
        return text.length() <= LONGEST ? text : text.substring(0, LONGEST - 1).stripTrailing() + "…";
    }
}
