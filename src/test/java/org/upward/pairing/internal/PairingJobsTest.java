package org.upward.pairing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.upward.pairing.PairingFixture;
import org.upward.pairing.RunRequest;
import org.upward.shared.ConflictException;
import org.upward.support.IntegrationTest;

/** Background pairing runs, as large programs get them from the review page. */
class PairingJobsTest extends IntegrationTest {

    @Autowired
    PairingJobs jobs;

    @Autowired
    PairingService pairing;

    @Autowired
    PairingRunner runner;

    @Test
    void aBackgroundRunStoresTheProposalAndReportsWhenItIsDone() throws Exception {
        PairingFixture program = PairingFixture.create(mvc, "MATCHING");
        jobs.start(program.programId(), 1L);
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> !jobs.latest(program.programId()).orElseThrow().running());
        PairingJob job = jobs.latest(program.programId()).orElseThrow();
        assertThat(job.state()).isEqualTo(PairingJob.State.DONE);
        assertThat(job.message()).startsWith("Done: pairs proposed: 2,");
        assertThat(jdbc.queryForObject(
                        "select count(*) from mentoring_pair where program_id = ? and status = 'PROPOSED'",
                        Integer.class,
                        program.programId()))
                .isEqualTo(2);
        mvc.perform(get(program.pagePath()).cookie(logIn(ADMIN)))
                .andExpect(content().string(Matchers.containsString("Last background run")));
    }

    @Test
    void aSecondStartWhileRunningIsRefusedAndThePageShowsProgress() throws Exception {
        PairingFixture program = PairingFixture.create(mvc, "MATCHING");
        jdbc.update(
                "insert into pairing_job (program_id, state, started_at) values (?, 'RUNNING', now())",
                program.programId());
        assertThatThrownBy(() -> jobs.start(program.programId(), 1L))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("already in progress");
        mvc.perform(get(program.pagePath()).cookie(logIn(ADMIN)))
                .andExpect(content()
                        .string(Matchers.allOf(
                                Matchers.containsString("runs in the background"),
                                Matchers.containsString("http-equiv=\"refresh\""))));
    }

    @Test
    void aJobLeftRunningByACrashedInstanceCanBeRestarted() throws Exception {
        PairingFixture program = PairingFixture.create(mvc, "MATCHING");
        jdbc.update(
                "insert into pairing_job (program_id, state, started_at) values (?, 'RUNNING', now() - interval '1 hour')",
                program.programId());
        jobs.start(program.programId(), 1L);
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> !jobs.latest(program.programId()).orElseThrow().running());
        assertThat(jobs.latest(program.programId()).orElseThrow().state()).isEqualTo(PairingJob.State.DONE);
    }

    @Test
    void aJobLeftRunningByAStoppedInstanceIsReportedInterruptedAndCanBeStartedAgain() throws Exception {
        PairingFixture program = PairingFixture.create(mvc, "MATCHING");
        // the instance that started it died: the row says RUNNING, but no run holds the program's lock
        jdbc.update(
                "insert into pairing_job (program_id, state, started_at) values (?, 'RUNNING', now() - interval '2 minutes')",
                program.programId());
        PairingJob job = jobs.latest(program.programId()).orElseThrow();
        assertThat(job.state()).isEqualTo(PairingJob.State.FAILED);
        assertThat(job.message()).contains("interrupted").contains("nothing was stored");
        mvc.perform(get(program.pagePath()).cookie(logIn(ADMIN)))
                .andExpect(content()
                        .string(Matchers.allOf(
                                Matchers.containsString("interrupted"),
                                Matchers.not(Matchers.containsString("http-equiv=\"refresh\"")))));
        jobs.start(program.programId(), 1L);
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> !jobs.latest(program.programId()).orElseThrow().running());
        assertThat(jobs.latest(program.programId()).orElseThrow().state()).isEqualTo(PairingJob.State.DONE);
    }

    @Test
    void aRunStillHoldingItsLockIsNeverTakenOverHoweverLongItTakes() throws Exception {
        PairingFixture program = PairingFixture.create(mvc, "MATCHING");
        jdbc.update(
                "insert into pairing_job (program_id, state, started_at) values (?, 'RUNNING', now() - interval '1 hour')",
                program.programId());
        try (Connection otherInstance = jdbc.getDataSource().getConnection()) {
            try (Statement sql = otherInstance.createStatement()) {
                sql.execute("select pg_advisory_lock(" + RunLock.key(program.programId()) + ")");
            }
            assertThat(jobs.latest(program.programId()).orElseThrow().running()).isTrue();
            assertThatThrownBy(() -> jobs.start(program.programId(), 1L))
                    .isInstanceOf(ConflictException.class)
                    .hasMessageContaining("already in progress");
            try (Statement sql = otherInstance.createStatement()) {
                sql.execute("select pg_advisory_unlock_all()");
            }
        }
        assertThat(jobs.latest(program.programId()).orElseThrow().state()).isEqualTo(PairingJob.State.FAILED);
    }

    @Test
    void aRunCutOffMidTransactionLeavesTheEarlierProposalWholeAndItsJobFailed() throws Exception {
        PairingFixture program = PairingFixture.create(mvc, "MATCHING");
        runner.run(program.programId(), new RunRequest(false, null, null, null), 1L);
        List<Long> proposedBefore = proposedPairIds(program.programId());
        int runsBefore = runCount(program.programId());
        assertThat(proposedBefore).isNotEmpty();

        try (Connection blocker = jdbc.getDataSource().getConnection()) {
            blocker.setAutoCommit(false);
            try (Statement sql = blocker.createStatement()) {
                // lets the run read, delete the old proposal and compute, then stops it at storing the new run
                sql.execute("lock table pairing_run in exclusive mode");
            }
            jobs.start(program.programId(), 1L);
            Integer runBackend = Awaitility.await()
                    .atMost(Duration.ofSeconds(30))
                    .until(
                            () -> jdbc.query(
                                    "select pid from pg_stat_activity where datname = current_database()"
                                            + " and wait_event_type = 'Lock' and query ilike 'insert into pairing_run%'",
                                    (row, n) -> row.getInt(1)),
                            pids -> pids.size() == 1)
                    .get(0);
            // the connection dies mid-transaction, as when the instance running the job is killed
            jdbc.queryForObject("select pg_terminate_backend(?)", Boolean.class, runBackend);
            blocker.rollback();
        }

        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> !jobs.latest(program.programId()).orElseThrow().running());
        assertThat(jobs.latest(program.programId()).orElseThrow().state()).isEqualTo(PairingJob.State.FAILED);
        assertThat(proposedPairIds(program.programId()))
                .as("the old proposal the run had deleted is all still there")
                .isEqualTo(proposedBefore);
        assertThat(runCount(program.programId())).isEqualTo(runsBefore);
    }

    private List<Long> proposedPairIds(long programId) {
        return jdbc.queryForList(
                "select id from mentoring_pair where program_id = ? and status = 'PROPOSED' order by id",
                Long.class,
                programId);
    }

    private int runCount(long programId) {
        return jdbc.queryForObject("select count(*) from pairing_run where program_id = ?", Integer.class, programId);
    }

    @Test
    void onlyLargeProgramsGoToTheBackground() throws Exception {
        PairingFixture program = PairingFixture.create(mvc, "MATCHING");
        assertThat(pairing.participants(program.programId())).hasSizeLessThan(400);
        assertThat(jobs.runsInBackground(program.programId())).isFalse();
    }
}
