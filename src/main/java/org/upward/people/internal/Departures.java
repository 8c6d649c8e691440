package org.upward.people.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.upward.people.PersonLeft;
import org.upward.people.PersonReturned;

/**
 * The one path by which a person leaves and comes back, whichever way their leave date was set (the people page
 * and API, the people CSV, SCIM's {@code active}, or the day a future leave date arrives): it compares each
 * person's leave date with the departure already carried out ({@code departed_on}) and publishes
 * {@link PersonLeft} or {@link PersonReturned} for those whose state changed, once each, in the caller's
 * transaction. Callers write the leave date first (flushed), then settle.
 */
@Service
class Departures {

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Departures(JdbcTemplate jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** Settles the given people. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void settle(Collection<Long> personIds) {
        if (!personIds.isEmpty()) {
            settle(" and id = any (?)", personIds.toArray(Long[]::new));
        }
    }

    /** Settles everyone: after a CSV import, and every night for the leave dates that arrived. */
    @Transactional
    public void settleAll() {
        settle("", null);
    }

    private void settle(String which, Long[] ids) {
        LocalDate today = LocalDate.now(clock);
        // row locks (for update) make two concurrent settlers publish each change once
        String left = "update person set departed_on = leave_date where id in (select id from person"
                + " where departed_on is null and leave_date <= ?" + which + " for update)"
                + " returning id, email, name, leave_date";
        String returned = "update person set departed_on = null where id in (select id from person"
                + " where departed_on is not null and (leave_date is null or leave_date > ?)" + which + " for update)"
                + " returning id, email, name";
        Object[] args = ids == null ? new Object[] {today} : new Object[] {today, ids};
        // read first, then publish: listeners run their own statements
        List<PersonLeft> gone = jdbc.query(
                left,
                (row, n) -> new PersonLeft(
                        row.getLong(1), row.getString(2), row.getString(3), row.getObject(4, LocalDate.class)),
                args);
        List<PersonReturned> back = jdbc.query(
                returned, (row, n) -> new PersonReturned(row.getLong(1), row.getString(2), row.getString(3)), args);
        gone.forEach(events::publishEvent);
        back.forEach(events::publishEvent);
    }
}
