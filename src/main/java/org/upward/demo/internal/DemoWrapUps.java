package org.upward.demo.internal;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Answers for most of the completed pilot's wrap-ups (made due when it was completed), so its dashboard shows goal
 * attainment and "would recommend". The demo mentor's and mentee's are left open for them to try the form. The
 * pilot ran before pairs wrote agreements, so each answer rates one goal as the pair would have set it.
 */
@Component
class DemoWrapUps {

    private static final String ANSWER =
            """
            with pending as (
                select w.id, row_number() over (order by w.id) as n
                from wrap_up w join person p on p.id = w.person_id
                where w.program_id = ? and w.answered_at is null
                  and p.email not in ('mentor@demo.upward.app', 'mentee@demo.upward.app')
            )
            update wrap_up set
                answered_at = wrap_up.due_at + (pending.n || ' hours')::interval,
                recommend = case when pending.n % 7 = 0 then 'NO' when pending.n % 4 = 0 then 'MAYBE' else 'YES' end,
                what_changed = case pending.n % 3
                    when 0 then 'I now try a new tool before I say no to it.'
                    when 1 then 'I learned how decisions are made upstairs, and to speak up in them.'
                    else 'We both listen more and assume less.' end,
                change_shareable = pending.n % 2 = 0
            from pending where pending.id = wrap_up.id and pending.n % 5 <> 4
            """;

    private static final String RATE =
            """
            insert into wrap_up_goal (wrap_up_id, position, goal_id, statement, attainment)
            select w.id, 0, null, 'Use an AI assistant every week',
                   case when w.id % 3 = 0 then 'PARTLY' when w.id % 8 = 0 then 'NOT_ACHIEVED' else 'ACHIEVED' end
            from wrap_up w
            where w.program_id = ? and w.answered_at is not null
              and not exists (select 1 from wrap_up_goal g where g.wrap_up_id = w.id)
            """;

    private final JdbcTemplate jdbc;

    DemoWrapUps(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void answerForPilot(long programId) {
        jdbc.update(ANSWER, programId);
        jdbc.update(RATE, programId);
    }
}
