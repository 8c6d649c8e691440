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

    /**
     * Who gave feedback comes from the per-pair totals the database keeps ({@code pair_activity.feedback_authors}),
     * so only the few shareable answers are read from the feedback itself (a partial index holds them).
     */
    private static final String SQL =
            """
            with authors as (
                select distinct a.author, case when a.author = p.mentor_id then 'MENTOR' else 'MENTEE' end as side
                from mentoring_pair p
                join pair_activity pa on pa.pair_id = p.id
                cross join unnest(pa.feedback_authors) as a(author)
                where p.program_id = ?
            ), sides as (
                select side from authors group by side having count(*) >= ?
            ), shared as (
                select case when f.author_id = p.mentor_id then 'MENTOR' else 'MENTEE' end as side, f.learned,
                       f.updated_at
                from session_feedback f
                join mentoring_session s on s.id = f.session_id
                join mentoring_pair p on p.id = s.pair_id
                where f.learned_shareable and p.program_id = ?
            ), ranked as (
                select side, learned, row_number() over (partition by side order by updated_at desc) as rank
                from shared where side in (select side from sides)
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
                programId,
                PER_SIDE);
        return bySide.entrySet().stream()
                .map(side -> new Quotes(side.getKey(), side.getValue()))
                .toList();
    }

    private static String shortened(String text) {
        return text.length() <= LONGEST ? text : text.substring(0, LONGEST - 1).stripTrailing() + "…";
    }
}
