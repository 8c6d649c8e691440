package org.upward.sessions.internal;

import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.upward.people.PersonalDataRow;
import org.upward.people.PersonalDataSection;

/**
 * The feedback the person wrote on their sessions, for the subject access export. The private reflection is read
 * only by its author: their own export has its text, an admin's export only says there is one.
 */
@Component
@Order(52)
class FeedbackPersonalData implements PersonalDataSection {

    private final JdbcTemplate jdbc;

    FeedbackPersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "feedback";
    }

    @Override
    public List<PersonalDataRow> rows(long personId, boolean privateTexts) {
        return jdbc.query(
                """
                select pr.name as "program", s.held_on as "sessionHeldOn", f.rating, f.learned,
                       f.learned_shareable as "learnedShareable", f.taught,
                       (f.private_reflection is not null and f.private_reflection <> '') as "hasPrivateReflection",
                       case when ? then f.private_reflection end as "privateReflection",
                       f.created_at as "createdAt", f.updated_at as "updatedAt"
                from session_feedback f
                join mentoring_session s on s.id = f.session_id
                join mentoring_pair mp on mp.id = s.pair_id
                join program pr on pr.id = mp.program_id
                where f.author_id = ?
                order by s.held_on desc, f.id desc
                limit ?
                """,
                PersonalDataRow::read,
                privateTexts,
                personId,
                MAX_ROWS + 1);
    }

    @Override
    public int privateTexts(long personId) {
        Integer count = jdbc.queryForObject(
                """
                select count(*) from session_feedback
                where author_id = ? and private_reflection is not null and private_reflection <> ''
                """,
                Integer.class,
                personId);
        return count == null ? 0 : count;
    }
}
