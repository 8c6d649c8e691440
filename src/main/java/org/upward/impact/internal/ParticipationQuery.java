package org.upward.impact.internal;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Participation figures in one SQL statement over enrollments and pairs. */
@Component
class ParticipationQuery {

    private static final String SQL =
            """
            with enrolled as (
                select side, status, person_id from enrollment where program_id = ?
            ), pairs as (
                select id, status, mentor_id, mentee_id from mentoring_pair where program_id = ?
            )
            select
                (select count(*) from enrolled where side = 'MENTOR' and status <> 'WITHDRAWN') as mentors,
                (select count(*) from enrolled where side = 'MENTEE' and status <> 'WITHDRAWN') as mentees,
                (select count(*) from enrolled) as everyone,
                (select count(*) from enrolled where status = 'WITHDRAWN') as withdrawn,
                (select count(distinct e.person_id) from enrolled e
                   join pairs p on p.mentee_id = e.person_id and p.status in ('APPROVED', 'ACTIVE')
                  where e.side = 'MENTEE' and e.status <> 'WITHDRAWN') as matched_mentees,
                (select count(*) from pairs where status = 'ACTIVE') as active_pairs,
                (select count(*) from pairs where status in ('APPROVED', 'ACTIVE', 'DISSOLVED', 'CLOSED')) as agreed_pairs,
                (select count(*) from pairs where status in ('DISSOLVED', 'CLOSED')) as dissolved_pairs,
                (select count(*) from pairs p join pair_agreement a on a.pair_id = p.id
                  where p.status = 'ACTIVE'
                    and a.confirmed_by @> to_jsonb(p.mentor_id) and a.confirmed_by @> to_jsonb(p.mentee_id))
                    as confirmed_agreements
            """;

    private final JdbcTemplate jdbc;

    ParticipationQuery(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Participation of(long programId) {
        return jdbc.queryForObject(
                SQL,
                (rs, row) -> {
                    long mentors = rs.getLong("mentors");
                    long mentees = rs.getLong("mentees");
                    long everyone = rs.getLong("everyone");
                    long agreed = rs.getLong("agreed_pairs");
                    long active = rs.getLong("active_pairs");
                    return new Participation(
                            Figure.count(mentors, mentors),
                            Figure.count(mentees, mentees),
                            Figure.of(percent(rs.getLong("matched_mentees"), mentees), mentees),
                            Figure.count(active, 2L * active),
                            Figure.of(percent(rs.getLong("dissolved_pairs"), agreed), 2L * agreed),
                            Figure.of(percent(rs.getLong("withdrawn"), everyone), everyone),
                            Figure.of(percent(rs.getLong("confirmed_agreements"), active), 2L * active));
                },
                programId,
                programId);
    }

    private static double percent(long part, long whole) {
        return whole == 0 ? Double.NaN : 100.0 * part / whole;
    }
}
