package org.upward.sessions.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.upward.notification.NoticeKind;
import org.upward.sessions.ActivePair;
import org.upward.support.IntegrationTest;

/**
 * The reminder job: what is due by the status board's rules, for RUNNING programs only, and at most one
 * reminder per pair, kind and cadence period, even with two scheduler instances at once.
 */
class ReminderJobTest extends IntegrationTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Autowired
    Reminders reminders;

    @Autowired
    ReminderJob job;

    private ActivePair runningPair() throws Exception {
        ActivePair pair = ActivePair.create(mvc, "2025-01-06", 2);
        pair.startProgram();
        return pair;
    }

    private long reminders(ActivePair pair, NoticeKind kind) {
        return jdbc.queryForObject(
                "select count(*) from sent_reminder where pair_id = ? and kind = ?",
                Long.class,
                pair.pairId,
                kind.name());
    }

    private long notices(String email, NoticeKind kind) {
        return jdbc.queryForObject(
                "select count(*) from notification n join person p on p.id = n.person_id"
                        + " where p.email = ? and n.kind = ?",
                Long.class,
                email,
                kind.name());
    }

    /** Runs {@code task} on two threads released at the same moment, as two scheduler instances would. */
    private static void twice(Callable<?> task) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> runs = List.of(
                    threads.submit(() -> {
                        start.await();
                        return task.call();
                    }),
                    threads.submit(() -> {
                        start.await();
                        return task.call();
                    }));
            start.countDown();
            for (Future<?> run : runs) {
                run.get();
            }
        } finally {
            threads.shutdown();
        }
    }

    @Test
    void twoInstancesRacingSendOneReminderPerPairAndPeriodAndANewPeriodBringsANewOne() throws Exception {
        ActivePair pair = runningPair();

        twice(() -> reminders.sendDue(TODAY));
        twice(() -> reminders.sendDue(TODAY));

        assertThat(reminders(pair, NoticeKind.CHECK_IN_DUE)).isEqualTo(1);
        assertThat(notices(pair.mentor, NoticeKind.CHECK_IN_DUE)).isEqualTo(1);
        assertThat(notices(pair.mentee, NoticeKind.CHECK_IN_DUE)).isEqualTo(1);
        assertThat(notices(pair.outsider, NoticeKind.CHECK_IN_DUE)).isZero();

        LocalDate nextPeriod = TODAY.plusWeeks(2);
        twice(() -> reminders.sendDue(nextPeriod));
        assertThat(reminders(pair, NoticeKind.OVERDUE))
                .as("a session missed for a whole period")
                .isEqualTo(1);
        assertThat(notices(pair.mentee, NoticeKind.OVERDUE)).isEqualTo(1);

        LocalDate periodAfter = TODAY.plusWeeks(4);
        reminders.sendDue(periodAfter);
        reminders.sendDue(periodAfter);
        assertThat(reminders(pair, NoticeKind.OVERDUE))
                .as("one more for the new period")
                .isEqualTo(2);
        assertThat(notices(pair.mentor, NoticeKind.OVERDUE)).isEqualTo(2);
        assertThat(jdbc.queryForObject(
                        "select link from notification n join person p on p.id = n.person_id"
                                + " where p.email = ? and n.kind = 'OVERDUE' order by n.id desc limit 1",
                        String.class,
                        pair.mentor))
                .isEqualTo("/participant/pairs/" + pair.pairId);
    }

    @Test
    void theScheduledJobRunsOnceUnderItsShedLockWhenTwoInstancesFireTogether() throws Exception {
        ActivePair pair = runningPair();

        twice(() -> {
            job.run();
            return null;
        });
        job.run();

        assertThat(reminders(pair, NoticeKind.CHECK_IN_DUE)).isEqualTo(1);
        assertThat(notices(pair.mentee, NoticeKind.CHECK_IN_DUE)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from shedlock where name = 'reminders'", Long.class))
                .isEqualTo(1);
    }

    @Test
    void anApprovedPairIsRemindedOfItsIntroChat() throws Exception {
        ActivePair pair = ActivePair.approvedOnly(mvc, "2025-01-06", 2);
        pair.startProgram();

        reminders.sendDue(TODAY);
        reminders.sendDue(TODAY);

        assertThat(reminders(pair, NoticeKind.INTRO_CHAT_DUE)).isEqualTo(1);
        assertThat(notices(pair.mentor, NoticeKind.INTRO_CHAT_DUE)).isEqualTo(1);
        assertThat(notices(pair.mentee, NoticeKind.INTRO_CHAT_DUE)).isEqualTo(1);
        assertThat(reminders(pair, NoticeKind.CHECK_IN_DUE)).isZero();
    }

    @Test
    void aPairOnTrackOrInAProgramThatIsNotRunningGetsNoReminder() throws Exception {
        ActivePair onTrack = runningPair();
        onTrack.as(
                        onTrack.mentor,
                        post("/api/v1/pairs/" + onTrack.pairId + "/sessions")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"date\": \"" + TODAY + "\", \"durationMinutes\": 30, \"format\": \"VIDEO\","
                                        + " \"skillsCovered\": [], \"notes\": \"\", \"actionItems\": \"\"}"))
                .andExpect(status().isCreated());
        ActivePair matching = ActivePair.create(mvc, "2025-01-06", 2);

        reminders.sendDue(TODAY);

        assertThat(jdbc.queryForObject(
                        "select count(*) from sent_reminder where pair_id in (?, ?)",
                        Long.class,
                        onTrack.pairId,
                        matching.pairId))
                .isZero();
    }
}
