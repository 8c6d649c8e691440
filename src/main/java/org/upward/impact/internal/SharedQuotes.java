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
     * How many people of each side gave feedback comes from the per-pair totals the database keeps
     * ({@code pair_activity.feedback_authors}: only partners write feedback, so a side's authors are the pairs'
     * mentors or mentees found there). Each side with enough authors then takes its newest shareable answers:
     * the index of shareable answers by time is walked from the newest down until the side has its few, so a
     * program with thousands of them reads only those few.
     */
    private static final String SQL =
            """
            with authors as (
                select count(distinct p.mentor_id) filter (where p.mentor_id = any (pa.feedback_authors)) as mentors,
                       count(distinct p.mentee_id) filter (where p.mentee_id = any (pa.feedback_authors)) as mentees
                from mentoring_pair p
                join pair_activity pa on pa.pair_id = p.id
                where p.program_id = ?
            )
            select sides.side, newest.learned
            from authors
            cross join (values ('MENTOR'), ('MENTEE')) as sides(side)
            cross join lateral (
                select f.learned, f.updated_at
                from session_feedback f
                join mentoring_session s on s.id = f.session_id
                join mentoring_pair p on p.id = s.pair_id
                where f.learned_shareable and p.program_id = ?
                  and case when f.author_id = p.mentor_id then 'MENTOR' else 'MENTEE' end = sides.side
                order by f.updated_at desc
                limit ?
            ) newest
            where case sides.side when 'MENTOR' then authors.mentors else authors.mentees end >= ?
            order by sides.side desc, newest.updated_at desc
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
                programId,
                PER_SIDE,
                SmallGroups.MINIMUM);
        return bySide.entrySet().stream()
                .map(side -> new Quotes(side.getKey(), side.getValue()))
                .toList();
    }

    private static String shortened(String text) {
        return text.length() <= LONGEST ? text : text.substring(0, LONGEST - 1).stripTrailing() + "…";
    }
}
