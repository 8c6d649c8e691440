package org.upward.demo.internal;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The demo's pairs and sessions are made today with dates in the past; their notices would all say "today".
 * This dates each notice when its event happened: a new pair when the pair was made (as the demo dated it; one
 * it left undated, a swapped-out pair too, two weeks before its program started, as the demo's sessions assume),
 * a partner's session on the day it was held (the k-th notice a person got about a pair is the k-th session their partner logged).
 */
@Component
class DemoNotificationDates {

    private final JdbcTemplate jdbc;

    DemoNotificationDates(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void fix() {
        jdbc.update(
                """
                update notification n
                set created_at = case when p.created_at < now() - interval '1 minute' then p.created_at
                                      else least(p.created_at, ((g.start_date - 14) + time '09:00') at time zone 'UTC') end
                from mentoring_pair p join program g on g.id = p.program_id
                where n.kind = 'NEW_PAIR' and n.link = '/participant/pairs/' || p.id and g.start_date < current_date
                """);
        jdbc.update(
                """
                with notices as (
                    select n.id, n.person_id, n.link,
                           row_number() over (partition by n.person_id, n.link order by n.id) as k
                    from notification n
                    where n.kind = 'SESSION_LOGGED'
                ), logged as (
                    select s.held_on, '/participant/pairs/' || s.pair_id as link, partner.id as partner_id,
                           row_number() over (partition by s.pair_id, partner.id order by s.id) as k
                    from mentoring_session s
                    join mentoring_pair p on p.id = s.pair_id
                    join person partner on partner.id in (p.mentor_id, p.mentee_id) and partner.email <> s.logged_by
                )
                update notification n set created_at = (l.held_on + time '18:00') at time zone 'UTC'
                from notices x join logged l on l.link = x.link and l.partner_id = x.person_id and l.k = x.k
                where n.id = x.id
                """);
    }
}
