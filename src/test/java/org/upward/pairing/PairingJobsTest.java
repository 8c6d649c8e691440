package org.upward.pairing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import java.time.Duration;
import org.awaitility.Awaitility;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.upward.support.IntegrationTest;
import org.upward.web.ConflictException;

/** Background pairing runs, as large programs get them from the review page. */
class PairingJobsTest extends IntegrationTest {

    @Autowired
    PairingJobs jobs;

    @Autowired
    PairingService pairing;

    @Test
    void aBackgroundRunStoresTheProposalAndReportsWhenItIsDone() throws Exception {
        PairingFixture program = PairingFixture.create(mvc, "MATCHING");
        jobs.start(program.programId(), 1L);
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> !jobs.latest(program.programId()).orElseThrow().running());
        PairingJob job = jobs.latest(program.programId()).orElseThrow();
        assertThat(job.state()).isEqualTo(PairingJob.State.DONE);
        assertThat(job.message()).startsWith("Proposed 2 pairs");
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
    void onlyLargeProgramsGoToTheBackground() throws Exception {
        PairingFixture program = PairingFixture.create(mvc, "MATCHING");
        assertThat(pairing.participants(program.programId())).hasSizeLessThan(400);
        assertThat(jobs.runsInBackground(program.programId())).isFalse();
    }
}
