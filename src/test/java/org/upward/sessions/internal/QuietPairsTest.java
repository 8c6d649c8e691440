package org.upward.sessions.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.upward.pairing.PairClosed;
import org.upward.sessions.ActivePair;
import org.upward.support.IntegrationTest;

/**
 * The quiet run on fixed days: a program started Monday 2025-01-06 with a two-week cadence, its pair paired that day
 * and never active since, so the quiet run starts 2025-01-06 and each period that ends counts: one quiet period from
 * 01-20, two from 02-03, three from 02-17, four from 03-03. With the default of 4: the nudge from 01-20, the alert
 * from 02-03, the warning from 03-03, the close 7 days after the warning (03-10).
 */
@RecordApplicationEvents
class QuietPairsTest extends IntegrationTest {

    private static final LocalDate PERIOD_1 = LocalDate.of(2025, 1, 20);
    private static final LocalDate PERIOD_2 = LocalDate.of(2025, 2, 3);
    private static final LocalDate PERIOD_3 = LocalDate.of(2025, 2, 17);
    private static final LocalDate PERIOD_4 = LocalDate.of(2025, 3, 3);

    @Autowired
    QuietPairs quietPairs;

    @Autowired
    QuietPairsJob job;

    @Autowired
    ApplicationEvents events;

    private ActivePair pair;

    @BeforeEach
    void aPairThatNeverMet() throws Exception {
        pair = ActivePair.create(mvc, "2025-01-06", 2);
        pair.startProgram();
        pair.pairedOn(jdbc, "2025-01-06");
    }

    private long steps(String step) {
        return jdbc.queryForObject(
                "select count(*) from pair_health_step where pair_id = ? and step = ?", Long.class, pair.pairId, step);
    }

    private long notices(String email, String subjectLike) {
        return jdbc.queryForObject(
                "select count(*) from notification n join person p on p.id = n.person_id"
                        + " where p.email = ? and n.subject like ?",
                Long.class,
                email,
                subjectLike);
    }

    private long adminNotices(String subjectLike) {
        return notices(ADMIN, subjectLike);
    }

    /** This test's pair's PairClosed events (the job also walks the pairs earlier tests left). */
    private List<PairClosed> closedEvents() {
        return events.stream(PairClosed.class)
                .filter(e -> e.pairId() == pair.pairId)
                .toList();
    }

    private String pairStatus() {
        return jdbc.queryForObject("select status from mentoring_pair where id = ?", String.class, pair.pairId);
    }

    /** Runs the job's work for {@code day} on two threads released together, as two scheduler instances would. */
    private void twice(LocalDate day) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        Callable<Integer> run = () -> {
            start.await();
            return quietPairs.sendDue(day);
        };
        try {
            List<Future<Integer>> runs = List.of(threads.submit(run), threads.submit(run));
            start.countDown();
            for (Future<Integer> result : runs) {
                result.get();
            }
        } finally {
            threads.shutdown();
        }
    }

    @Test
    void nudgeAlertWarningAndCloseEachComeOnceEvenWithTwoInstancesRacing() throws Exception {
        long alertsBefore = adminNotices("A pair is at risk in %");
        long warningsBefore = adminNotices("A quiet pair will close soon in %");

        twice(PERIOD_1.minusDays(1));
        assertThat(steps("NUDGE")).as("the first period is not over yet").isZero();

        twice(PERIOD_1);
        twice(PERIOD_1.plusDays(3));
        assertThat(steps("NUDGE")).isEqualTo(1);
        assertThat(notices(pair.mentor, "Time to meet %")).isEqualTo(1);
        assertThat(notices(pair.mentee, "Time to meet Mia Mentor%")).isEqualTo(1);
        assertThat(notices(pair.outsider, "Time to meet %")).isZero();

        twice(PERIOD_2);
        twice(PERIOD_3);
        assertThat(steps("ALERT")).isEqualTo(1);
        assertThat(adminNotices("A pair is at risk in %")).isEqualTo(alertsBefore + 1);
        assertThat(notices(pair.mentor, "A pair is at risk%"))
                .as("the alert is for admins")
                .isZero();

        twice(PERIOD_4);
        twice(PERIOD_4.plusDays(6));
        assertThat(steps("WARNING")).isEqualTo(1);
        assertThat(notices(pair.mentor, "Your pair with % will close on its own soon"))
                .isEqualTo(1);
        assertThat(notices(pair.mentee, "Your pair with % will close on its own soon"))
                .isEqualTo(1);
        assertThat(adminNotices("A quiet pair will close soon in %")).isEqualTo(warningsBefore + 1);
        assertThat(jdbc.queryForObject(
                        "select text from notification n join person p on p.id = n.person_id"
                                + " where p.email = ? and n.subject like 'Your pair with %' order by n.id desc limit 1",
                        String.class, pair.mentee))
                .contains("before 10 March 2025");
        assertThat(pairStatus()).as("7 days to act").isEqualTo("ACTIVE");
        assertThat(closedEvents()).isEmpty();

        twice(PERIOD_4.plusDays(7));
        quietPairs.sendDue(PERIOD_4.plusDays(8));
        assertThat(steps("CLOSE")).isEqualTo(1);
        assertThat(pairStatus()).isEqualTo("CLOSED");
        assertThat(jdbc.queryForMap("select closed_reason, closed_on from mentoring_pair where id = ?", pair.pairId))
                .containsEntry("closed_reason", "INACTIVE")
                .containsEntry("closed_on", Date.valueOf("2025-03-10"));
        assertThat(adminNotices("A pair closed for inactivity in \"" + "Sessions " + pair.run + "\""))
                .isEqualTo(1);
    }

    @Test
    void closingPublishesPairClosedForInactivityAndThePairShowsAsClosed() throws Exception {
        quietPairs.sendDue(PERIOD_4);
        quietPairs.sendDue(PERIOD_4.plusDays(7));

        assertThat(closedEvents())
                .containsExactly(new PairClosed(
                        pair.pairId,
                        pair.programId,
                        jdbc.queryForObject(
                                "select mentor_id from mentoring_pair where id = ?", Long.class, pair.pairId),
                        jdbc.queryForObject(
                                "select mentee_id from mentoring_pair where id = ?", Long.class, pair.pairId),
                        PairClosed.Reason.INACTIVE));
        assertThat(steps("NUDGE") + steps("ALERT"))
                .as("a pair found already closing is only warned")
                .isZero();
        pair.admin(get("/api/v1/programs/" + pair.programId + "/pairs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].status").value("CLOSED"))
                .andExpect(jsonPath("$.items[0].closedReason").value("INACTIVE"))
                .andExpect(jsonPath("$.items[0].closedOn").value("2025-03-10"));
        String review = mvc.perform(
                        get("/admin/programs/" + pair.programId + "/pairing").cookie(logIn(ADMIN)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(review).contains("Closed for inactivity on 10 March 2025");
    }

    @Test
    void activityEndsTheQuietRunAndALaterQuietRunStartsAfresh() throws Exception {
        quietPairs.sendDue(PERIOD_1);
        assertThat(steps("NUDGE")).isEqualTo(1);

        pair.as(
                        pair.mentor,
                        post("/api/v1/pairs/" + pair.pairId + "/sessions")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"date\": \"2025-01-25\", \"durationMinutes\": 30, \"format\": \"VIDEO\","
                                        + " \"skillsCovered\": [], \"notes\": \"\", \"actionItems\": \"\"}"))
                .andExpect(status().isCreated());

        quietPairs.sendDue(PERIOD_2);
        assertThat(steps("ALERT")).as("active in period 1: on track again").isZero();

        quietPairs.sendDue(PERIOD_3);
        assertThat(steps("NUDGE")).as("a new quiet run, nudged again").isEqualTo(2);
        assertThat(jdbc.queryForList(
                        "select run_start from pair_health_step where pair_id = ? order by run_start",
                        Date.class,
                        pair.pairId))
                .containsExactly(Date.valueOf("2025-01-06"), Date.valueOf("2025-02-03"));
        assertThat(notices(pair.mentee, "Time to meet %")).isEqualTo(2);
    }

    @Test
    void aSessionAfterTheWarningKeepsThePairOpen() throws Exception {
        quietPairs.sendDue(PERIOD_4);
        assertThat(steps("WARNING")).isEqualTo(1);
        pair.as(
                        pair.mentee,
                        post("/api/v1/pairs/" + pair.pairId + "/sessions")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"date\": \"2025-03-05\", \"durationMinutes\": 45, \"format\": \"IN_PERSON\","
                                                + " \"skillsCovered\": [], \"notes\": \"\", \"actionItems\": \"\"}"))
                .andExpect(status().isCreated());

        quietPairs.sendDue(PERIOD_4.plusDays(7));

        assertThat(steps("CLOSE")).isZero();
        assertThat(pairStatus()).isEqualTo("ACTIVE");
        assertThat(closedEvents()).isEmpty();
    }

    @Test
    void anAdminKeepingThePairWithinTheSevenDaysKeepsItOpen() throws Exception {
        quietPairs.sendDue(PERIOD_4);
        // what "Keep this pair" records, on a day of the fixed calendar
        jdbc.update("insert into pair_kept (pair_id, kept_on, kept_at) values (?, '2025-03-06', now())", pair.pairId);

        quietPairs.sendDue(PERIOD_4.plusDays(7));

        assertThat(steps("CLOSE")).isZero();
        assertThat(pairStatus()).isEqualTo("ACTIVE");
        assertThat(closedEvents()).isEmpty();
    }

    @Test
    void theScheduledJobRunsOnceUnderItsShedLockWhenTwoInstancesFireTogether() throws Exception {
        LocalDate start = LocalDate.now(ZoneOffset.UTC).minusWeeks(12);
        ActivePair closing = ActivePair.create(mvc, start.toString(), 2);
        closing.startProgram();
        closing.pairedOn(jdbc, start.toString());

        ExecutorService threads = Executors.newFixedThreadPool(2);
        CountDownLatch go = new CountDownLatch(1);
        Callable<Void> run = () -> {
            go.await();
            job.run();
            return null;
        };
        try {
            List<Future<Void>> runs = List.of(threads.submit(run), threads.submit(run));
            go.countDown();
            for (Future<Void> result : runs) {
                result.get();
            }
        } finally {
            threads.shutdown();
        }
        job.run();

        assertThat(jdbc.queryForObject(
                        "select count(*) from pair_health_step where pair_id = ? and step = 'WARNING'",
                        Long.class,
                        closing.pairId))
                .isEqualTo(1);
        assertThat(notices(closing.mentee, "Your pair with % will close on its own soon"))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from shedlock where name = 'pair-health'", Long.class))
                .isEqualTo(1);
    }

    @Test
    void theProgramSettingDecidesWhenTheWarningComes() throws Exception {
        jdbc.update("update program set quiet_periods_before_close = 3 where id = ?", pair.programId);
        quietPairs.sendDue(PERIOD_3);
        assertThat(steps("WARNING")).isEqualTo(1);
        assertThat(steps("ALERT")).isZero();
    }
}
