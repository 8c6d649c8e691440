package org.upward.enrollment;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Who in a program can be paired (not withdrawn, profile complete: a work style and skills for their side), by
 * name, without loading their profiles: what a form that offers people to pick needs, at any program size.
 */
@Service
public class PairablePeople {

    /** A participant with a complete profile. */
    public record Pairable(String email, String name, String department, Side side, int capacity) {}

    private static final String SQL =
            """
            select p.email, p.name, p.department, e.side, e.capacity
            from enrollment e join person p on p.id = e.person_id
            where e.program_id = ? and e.status <> 'WITHDRAWN' and e.work_style is not null
              and case when e.side = 'MENTOR'
                       then exists (select 1 from enrollment_skill_offered o where o.enrollment_id = e.id)
                       else exists (select 1 from enrollment_skill_wanted w where w.enrollment_id = e.id) end
            order by p.name, p.email
            """;

    private final JdbcTemplate jdbc;

    PairablePeople(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<Pairable> of(long programId) {
        return jdbc.query(
                SQL,
                (rs, row) -> new Pairable(
                        rs.getString("email"),
                        rs.getString("name"),
                        rs.getString("department"),
                        Side.valueOf(rs.getString("side")),
                        rs.getInt("capacity")),
                programId);
    }
}
