package org.upward.retention.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.support.TransactionTemplate;
import org.upward.people.PersonalDataKind;
import org.upward.sessions.ActivePair;
import org.upward.support.IntegrationTest;
import org.upward.support.MutableClock;

/**
 * The nightly run on days long past, so that only this test's data (dated 2002, or 2001 for the race) has expired
 * and the demo data, dated around today, is in the run's future. The program ran from 2002-01-07 to 2002-06-30 and
 * completed; its notifications and audit entries are of 2002-03-01; its outsider left on 2002-05-01. With the
 * default policy: notifications go from 2003-03-02, reflections and application answers from 2003-07-01, session
 * texts from 2004-07-01, leavers are erased from 2004-05-02, audit entries go from 2009-03-02.
 */
class RetentionRunTest extends IntegrationTest {

    @Autowired
    RetentionRuns runs;

    @Autowired
    RetentionPreview preview;

    @Autowired
    RetentionPolicyService policy;

    @Autowired
    RetentionJob job;

    @Autowired
    MutableClock clock;

    @Autowired
    TransactionTemplate transactions;

    @AfterEach
    void backToToday() {
        clock.reset();
    }

    private void today(LocalDate day) {
        clock.reset();
        clock.advance(Duration.between(clock.instant(), day.atTime(12, 0).toInstant(ZoneOffset.UTC)));
    }

    private long personId(String email) {
        return jdbc.queryForObject("select id from person where email = ?", Long.class, email);
    }

    private Map<PersonalDataKind, Long> previewed() {
        return preview.counts(policy.months()).stream()
                .collect(Collectors.toMap(RetentionCount::kind, RetentionCount::count));
    }

    private Map<PersonalDataKind, Long> removed(List<RetentionCount> counts) {
        return counts.stream().collect(Collectors.toMap(RetentionCount::kind, RetentionCount::count));
    }

    private static Map<PersonalDataKind, Long> only(PersonalDataKind kind, long count) {
        Map<PersonalDataKind, Long> counts = new java.util.EnumMap<>(PersonalDataKind.class);
        for (PersonalDataKind each : PersonalDataKind.values()) {
            counts.put(each, each == kind ? count : 0L);
        }
        return counts;
    }

    /** Runs once and again: the preview counted what the first removes, the second removes nothing. */
    private void runTwice(Map<PersonalDataKind, Long> counts, long leaversErased) {
        Map<PersonalDataKind, Long> expected = new java.util.EnumMap<>(counts);
        expected.put(PersonalDataKind.LEAVERS, leaversErased);
        assertThat(previewed()).isEqualTo(expected);
        assertThat(removed(runs.run()))
                .as("the run removes what the preview counted")
                .isEqualTo(expected);
        assertThat(removed(runs.run())).as("a second run removes nothing more").isEqualTo(only(null, 0));
    }

    private String figures(ActivePair pair) throws Exception {
        return pair.admin(get("/api/v1/programs/" + pair.programId + "/impact"))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString()
                + jdbc.queryForMap(
                        """
                        select count(*) as feedback, sum(f.rating) as ratings, count(distinct s.id) as sessions,
                               sum(s.duration_minutes) as minutes
                        from session_feedback f join mentoring_session s on s.id = f.session_id
                        join mentoring_pair p on p.id = s.pair_id where p.program_id = ?
                        """,
                        pair.programId);
    }

    @Test
    void eachKindGoesOnceItsPeriodEndsAndTheProgramsFiguresStay() throws Exception {
        ActivePair pair = ActivePair.create(mvc, "2002-01-07", 2);
        pair.startProgram();
        pair.pairedOn(jdbc, "2002-01-07");
        long mentor = personId(pair.mentor);
        long mentee = personId(pair.mentee);
        long outsider = personId(pair.outsider);
        Long session = jdbc.queryForObject(
                """
                insert into mentoring_session (pair_id, held_on, duration_minutes, format, notes, action_items,
                                               logged_by, created_at, updated_at)
                values (?, date '2002-02-04', 60, 'VIDEO', 'We talked about the reorg', 'Try the assistant', ?,
                        timestamp '2002-02-04 12:00', timestamp '2002-02-04 12:00') returning id
                """,
                Long.class,
                pair.pairId,
                pair.mentor);
        for (long author : new long[] {mentor, mentee}) {
            jdbc.update(
                    """
                    insert into session_feedback (session_id, author_id, rating, learned, taught, private_reflection,
                                                  created_at, updated_at)
                    values (?, ?, 4, 'Prompts', 'Budgets', 'I was nervous', timestamp '2002-02-04 13:00',
                            timestamp '2002-02-04 13:00')
                    """,
                    session,
                    author);
        }
        jdbc.update(
                "insert into program_application (program_id, person_id, side, status, answers, profile, applied_at,"
                        + " queued_at) values (?, ?, 'MENTOR', 'DECLINED', '{\"Why?\":\"To learn\"}', '{}',"
                        + " timestamp '2002-01-01 09:00', timestamp '2002-01-01 09:00')",
                pair.programId,
                outsider);
        for (int i = 0; i < 2; i++) {
            jdbc.update(
                    "insert into notification (person_id, kind, subject, text, link, created_at)"
                            + " values (?, 'NEW_PAIR', 'Old news', 'Old news', '/participant', timestamp '2002-03-01 10:00')",
                    mentee);
            jdbc.update(
                    "insert into audit_entry (occurred_at, actor_name, action, subject_type, program_id, summary)"
                            + " values (timestamp '2002-03-01 10:00', 'Retention test', 'PROGRAM_CHANGED', 'PROGRAM', ?,"
                            + " 'Changed ' || ?)",
                    pair.programId,
                    pair.run);
        }
        jdbc.update("update person set leave_date = date '2002-05-01' where id = ?", outsider);
        jdbc.update(
                "update program set status = 'COMPLETED', end_date = date '2002-06-30' where id = ?", pair.programId);
        long recentNotifications = jdbc.queryForObject(
                "select count(*) from notification where person_id = ? and created_at > timestamp '2003-01-01'",
                Long.class,
                mentee);
        String figuresBefore = figures(pair);

        today(LocalDate.of(2003, 3, 1));
        runTwice(only(null, 0), 0);

        today(LocalDate.of(2003, 3, 2));
        runTwice(only(PersonalDataKind.NOTIFICATIONS, 2), 0);
        assertThat(jdbc.queryForObject("select count(*) from notification where person_id = ?", Long.class, mentee))
                .as("only the old ones went")
                .isEqualTo(recentNotifications);

        today(LocalDate.of(2003, 6, 30));
        runTwice(only(null, 0), 0);

        today(LocalDate.of(2003, 7, 1));
        Map<PersonalDataKind, Long> july = only(PersonalDataKind.PRIVATE_REFLECTIONS, 2);
        july.put(PersonalDataKind.APPLICATION_ANSWERS, 1L);
        runTwice(july, 0);
        assertThat(jdbc.queryForList(
                        "select private_reflection, learned, rating from session_feedback where session_id = ?",
                        session))
                .allSatisfy(row -> {
                    assertThat(row.get("private_reflection")).isNull();
                    assertThat(row.get("learned")).isEqualTo("Prompts");
                    assertThat(row.get("rating")).isEqualTo(4);
                });
        assertThat(jdbc.queryForObject(
                        "select answers from program_application where person_id = ?", String.class, outsider))
                .isEqualTo("{}");

        today(LocalDate.of(2004, 7, 1));
        runTwice(only(PersonalDataKind.SESSION_TEXTS, 3), 1);
        assertThat(jdbc.queryForMap("select notes, action_items from mentoring_session where id = ?", session))
                .containsEntry("notes", null)
                .containsEntry("action_items", null);
        assertThat(jdbc.queryForObject(
                        "select count(*) from session_feedback where session_id = ? and learned is null"
                                + " and taught is null and rating = 4",
                        Long.class,
                        session))
                .isEqualTo(2);
        assertThat(jdbc.queryForObject("select email from person where id = ?", String.class, outsider))
                .as("a leaver is erased once the period after leaving ends")
                .startsWith("erased-")
                .endsWith("@invalid");

        today(LocalDate.of(2009, 3, 1));
        runTwice(only(null, 0), 0);

        today(LocalDate.of(2009, 3, 2));
        runTwice(only(PersonalDataKind.AUDIT_ENTRIES, 2), 0);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where summary = 'Changed ' || ?", Long.class, pair.run))
                .isZero();

        clock.reset();
        assertThat(figures(pair)).as("the program's figures stay").isEqualTo(figuresBefore);
        assertThat(jdbc.queryForObject(
                        "select count(*) from retention_run_kind k join retention_run r on r.id = k.run_id"
                                + " where r.ran_on = date '2009-03-02' and k.kind = 'AUDIT_ENTRIES' and k.removed = 2",
                        Long.class))
                .as("the run recorded its counts")
                .isEqualTo(1);
    }

    @Test
    void theAuditLogRefusesEveryOtherDeleteAndEveryUpdate() {
        jdbc.update("insert into audit_entry (occurred_at, actor_name, action, subject_type, summary)"
                + " values (timestamp '2001-01-01 10:00', 'Retention test', 'PROGRAM_CHANGED', 'PROGRAM', 'Old')");
        long old = jdbc.queryForObject("select max(id) from audit_entry", Long.class);
        // an entry of today: it stays, as every entry younger than the legal minimum does
        jdbc.update("insert into audit_entry (occurred_at, actor_name, action, subject_type, summary)"
                + " values (now(), 'Retention test', 'PROGRAM_CHANGED', 'PROGRAM', 'Young')");
        long young = jdbc.queryForObject("select max(id) from audit_entry", Long.class);
        try {
            assertThatThrownBy(() -> jdbc.update("delete from audit_entry where id = ?", old))
                    .as("without the retention run's setting")
                    .isInstanceOf(DataAccessException.class)
                    .rootCause()
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> transactions.executeWithoutResult(tx -> {
                        jdbc.queryForObject("select set_config('upward.audit_retention', 'on', true)", String.class);
                        jdbc.update("update audit_entry set summary = 'x' where id = ?", old);
                    }))
                    .as("an update, even with it")
                    .rootCause()
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> transactions.executeWithoutResult(tx -> {
                        jdbc.queryForObject("select set_config('upward.audit_retention', 'on', true)", String.class);
                        jdbc.update("delete from audit_entry where id = ?", young);
                    }))
                    .as("a young entry, even with it")
                    .rootCause()
                    .hasMessageContaining("append-only");
        } finally {
            transactions.executeWithoutResult(tx -> {
                jdbc.queryForObject("select set_config('upward.audit_retention', 'on', true)", String.class);
                assertThat(jdbc.update("delete from audit_entry where id = ?", old))
                        .isEqualTo(1);
            });
        }
    }

    @Test
    void twoInstancesFiringTogetherRunItOnce() throws Exception {
        long person = personId(MENTEE);
        for (int i = 0; i < 3; i++) {
            jdbc.update(
                    "insert into notification (person_id, kind, subject, text, link, created_at)"
                            + " values (?, 'NEW_PAIR', 'Older news', 'Older news', '/participant',"
                            + " timestamp '2001-01-01 10:00')",
                    person);
        }
        // a lock left by an earlier run of this test within its lower lock time
        jdbc.update("update shedlock set lock_until = now() where name = 'retention'");
        long runsBefore = jdbc.queryForObject("select count(*) from retention_run", Long.class);
        today(LocalDate.of(2002, 6, 1));

        ExecutorService threads = Executors.newFixedThreadPool(2);
        CountDownLatch go = new CountDownLatch(1);
        Callable<Void> run = () -> {
            go.await();
            job.run();
            return null;
        };
        try {
            List<Future<Void>> both = List.of(threads.submit(run), threads.submit(run));
            go.countDown();
            for (Future<Void> result : both) {
                result.get();
            }
        } finally {
            threads.shutdown();
        }

        assertThat(jdbc.queryForObject("select count(*) from retention_run", Long.class))
                .isEqualTo(runsBefore + 1);
        assertThat(jdbc.queryForObject(
                        "select k.removed from retention_run_kind k where k.kind = 'NOTIFICATIONS'"
                                + " and k.run_id = (select max(id) from retention_run)",
                        Long.class))
                .isEqualTo(3);
        assertThat(jdbc.queryForObject(
                        "select count(*) from notification where created_at < timestamp '2002-01-01'", Long.class))
                .isZero();
    }
}
