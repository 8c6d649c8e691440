package org.upward.notification.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upward.people.People;

/**
 * Whether a person also gets their notifications by email, and whether a program's sponsor gets its results
 * summaries: both on unless they turned them off.
 */
@Service
class NotificationSettings {

    /**
     * A person's notification settings, as the API shows and takes them.
     *
     * @param email notifications are also mailed
     * @param sponsorSummaries the summaries of the results of the programs they sponsor come (monthly while a
     *     program runs, once when it is completed)
     */
    public record Settings(boolean email, boolean sponsorSummaries) {}

    private final JdbcTemplate jdbc;
    private final People people;
    private final Clock clock;

    NotificationSettings(JdbcTemplate jdbc, People people, Clock clock) {
        this.jdbc = jdbc;
        this.people = people;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Settings of(String email) {
        return of(people.getByEmail(email).id());
    }

    /** Turns email on or off, and the sponsor summaries too unless {@code sponsorSummaries} is null. */
    @Transactional
    public Settings change(String email, boolean emailEnabled, Boolean sponsorSummaries) {
        long personId = people.getByEmail(email).id();
        jdbc.update(
                "insert into notification_setting (person_id, email_enabled, updated_at) values (?, ?, ?)"
                        + " on conflict (person_id) do update set email_enabled = excluded.email_enabled,"
                        + " updated_at = excluded.updated_at",
                personId,
                emailEnabled,
                Timestamp.from(clock.instant()));
        if (sponsorSummaries != null) {
            changeSponsorSummaries(personId, sponsorSummaries);
        }
        return of(personId);
    }

    /** Turns the summaries of the programs the person sponsors on or off. */
    @Transactional
    public Settings changeSponsorSummaries(String email, boolean enabled) {
        long personId = people.getByEmail(email).id();
        changeSponsorSummaries(personId, enabled);
        return of(personId);
    }

    /**
     * Whether the page offers the sponsor summaries switch: to someone told they sponsor a program or sent a
     * summary, and to whoever turned the summaries off (so they can turn them back on).
     */
    @Transactional(readOnly = true)
    public boolean concernsSponsor(String email) {
        long personId = people.getByEmail(email).id();
        return !sponsorSummariesEnabled(personId)
                || Boolean.TRUE.equals(jdbc.queryForObject(
                        "select exists (select 1 from notification where person_id = ?"
                                + " and kind in ('SPONSOR_NAMED', 'SPONSOR_SUMMARY'))",
                        Boolean.class,
                        personId));
    }

    boolean emailEnabled(long personId) {
        return onUnlessTurnedOff(jdbc.queryForList(
                "select email_enabled from notification_setting where person_id = ?", Boolean.class, personId));
    }

    boolean sponsorSummariesEnabled(long personId) {
        return onUnlessTurnedOff(jdbc.queryForList(
                "select sponsor_summaries from notification_setting where person_id = ?", Boolean.class, personId));
    }

    private Settings of(long personId) {
        return new Settings(emailEnabled(personId), sponsorSummariesEnabled(personId));
    }

    private void changeSponsorSummaries(long personId, boolean enabled) {
        jdbc.update(
                "insert into notification_setting (person_id, email_enabled, sponsor_summaries, updated_at)"
                        + " values (?, true, ?, ?) on conflict (person_id) do update"
                        + " set sponsor_summaries = excluded.sponsor_summaries, updated_at = excluded.updated_at",
                personId,
                enabled,
                Timestamp.from(clock.instant()));
    }

    /** No row: on (the default). */
    private static boolean onUnlessTurnedOff(List<Boolean> setting) {
        return setting.stream().findFirst().orElse(true);
    }
}
