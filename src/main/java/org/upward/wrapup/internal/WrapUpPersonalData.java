package org.upward.wrapup.internal;

import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.upward.people.PersonalDataRow;
import org.upward.people.PersonalDataSection;

/**
 * The person's own wrap-ups and how they rated their goals, for the subject access export. "What changed" is the
 * author's own (admins see only how many answered): an admin's export leaves its text out and counts it.
 */
@Component
@Order(70)
class WrapUpPersonalData implements PersonalDataSection {

    private final JdbcTemplate jdbc;

    WrapUpPersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "wrapUps";
    }

    @Override
    public List<PersonalDataRow> rows(long personId, boolean privateTexts) {
        return jdbc.query(
                """
                select pr.name as "program", partner.name as "partner", w.due_at as "dueAt",
                       w.answered_at as "answeredAt", case when ? then w.what_changed end as "whatChanged",
                       w.change_shareable as "changeShareable", w.recommend,
                       array(select g.statement || ': ' || lower(g.attainment) from wrap_up_goal g
                             where g.wrap_up_id = w.id order by g.position) as "goals"
                from wrap_up w
                join mentoring_pair mp on mp.id = w.pair_id
                join program pr on pr.id = w.program_id
                join person partner on partner.id = case when mp.mentor_id = ? then mp.mentee_id else mp.mentor_id end
                where w.person_id = ?
                order by w.due_at desc, w.id desc
                limit ?
                """,
                PersonalDataRow::read,
                privateTexts,
                personId,
                personId,
                MAX_ROWS + 1);
    }

    @Override
    public int privateTexts(long personId) {
        Integer count = jdbc.queryForObject(
                "select count(*) from wrap_up where person_id = ? and what_changed is not null and what_changed <> ''",
                Integer.class,
                personId);
        return count == null ? 0 : count;
    }
}
