package org.upward.demo.internal;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Hire and leave dates for the demo company, so the pilot's retention figure tells a story: about one in four
 * of the people outside both programs left during 2026, while the pilot's participants stayed. Only people without a
 * hire date are touched, so it is safe on every start; the demo accounts never leave.
 */
@Component
class DemoRetention {

    private static final String DOMAIN = "%@demo.upward.app";

    private final JdbcTemplate jdbc;

    DemoRetention(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void fillIfAbsent() {
        Integer undated = jdbc.queryForObject(
                "select count(*) from person where email like ? and hire_date is null", Integer.class, DOMAIN);
        if (undated == null || undated == 0) {
            return;
        }
        jdbc.update(
                """
                with ranked as (
                    select id, row_number() over (order by email) as n,
                           email in ('admin@demo.upward.app', 'exec@demo.upward.app', 'mentor@demo.upward.app',
                                     'mentee@demo.upward.app', 'ceo@demo.upward.app', 'newcomer@demo.upward.app')
                               as demo_account,
                           exists (select 1 from enrollment e where e.person_id = person.id)
                               or exists (select 1 from program_application a where a.person_id = person.id)
                               as enrolled
                    from person where email like ? and hire_date is null
                )
                update person set
                    hire_date = date '2009-03-02' + (ranked.n * 97 % 5400)::int,
                    leave_date = case
                        when ranked.demo_account then null
                        when not ranked.enrolled and ranked.n % 4 = 1 then date '2026-02-16' + (ranked.n * 11 % 240)::int
                        end
                from ranked where ranked.id = person.id
                """,
                DOMAIN);
        // the demo's leavers left long ago: nothing of theirs is left to end, nobody needs telling
        jdbc.update(
                "update person set departed_on = leave_date where email like ? and leave_date <= current_date", DOMAIN);
    }
}
