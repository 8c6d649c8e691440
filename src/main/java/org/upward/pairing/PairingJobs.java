package org.upward.pairing;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.upward.web.ConflictException;
import org.upward.web.InvalidFieldException;

/**
 * Pairing runs started from the page: a small program is paired at once, a large one (where a run can
 * take more than a second) in the background, so the request never waits on it. The job's state lives
 * in PostgreSQL, so every instance shows it; a job left RUNNING by a crashed instance counts as stale
 * after {@link #STALE_AFTER}, and the run itself is all-or-nothing, so nothing half-written remains.
 */
@Service
public class PairingJobs {

    static final Duration STALE_AFTER = Duration.ofMinutes(10);
    private static final Logger log = LoggerFactory.getLogger(PairingJobs.class);

    private final PairingService pairing;
    private final JdbcTemplate jdbc;
    private final TaskExecutor executor;
    private final Clock clock;
    private final int backgroundAbove;
    private final ApplicationEventPublisher events;

    PairingJobs(
            PairingService pairing,
            JdbcTemplate jdbc,
            @Qualifier("applicationTaskExecutor") TaskExecutor executor,
            Clock clock,
            @Value("${upward.pairing.background-above:400}") int backgroundAbove,
            ApplicationEventPublisher events) {
        this.pairing = pairing;
        this.jdbc = jdbc;
        this.executor = executor;
        this.clock = clock;
        this.backgroundAbove = backgroundAbove;
        this.events = events;
    }

    /** Whether a run of this program goes to the background: more participants than the threshold. */
    public boolean runsInBackground(long programId) {
        return pairing.participants(programId).size() > backgroundAbove;
    }

    /** Starts a background run, unless one is already running for this program. */
    public void start(long programId, long accountId) {
        pairing.pairable(programId);
        Instant now = clock.instant();
        int claimed = jdbc.update(
                """
                insert into pairing_job (program_id, state, started_at, started_by_account_id)
                values (?, 'RUNNING', ?, ?)
                on conflict (program_id) do update
                   set state = 'RUNNING', started_at = excluded.started_at, finished_at = null, message = null,
                       started_by_account_id = excluded.started_by_account_id
                 where pairing_job.state <> 'RUNNING' or pairing_job.started_at < ?
                """,
                programId,
                Timestamp.from(now),
                accountId,
                Timestamp.from(now.minus(STALE_AFTER)));
        if (claimed == 0) {
            throw new ConflictException(
                    "Pairing already running", "A pairing run for this program is already in progress.");
        }
        events.publishEvent(new PairingRunStarted(programId, accountId));
        executor.execute(() -> run(programId, accountId));
    }

    void run(long programId, long accountId) {
        try {
            RunView result = pairing.run(programId, new RunRequest(false, null, null, null), accountId);
            finish(
                    programId,
                    PairingJob.State.DONE,
                    String.format(
                            "Proposed %d pairs with a total score of %.2f; %d people are unmatched.",
                            result.pairs().size(),
                            result.totalScore(),
                            result.unmatched().size()));
        } catch (ConflictException | InvalidFieldException refused) {
            finish(programId, PairingJob.State.FAILED, refused.getMessage());
            events.publishEvent(new PairingRunFailed(programId, accountId, refused.getMessage()));
        } catch (RuntimeException failed) {
            log.error("Background pairing run of program {} failed", programId, failed);
            finish(
                    programId,
                    PairingJob.State.FAILED,
                    "The run failed on our side and was logged; nothing was stored.");
            events.publishEvent(new PairingRunFailed(programId, accountId, "failed on our side"));
        }
    }

    public Optional<PairingJob> latest(long programId) {
        List<PairingJob> jobs = jdbc.query(
                "select state, started_at, finished_at, message from pairing_job where program_id = ?",
                (row, n) -> new PairingJob(
                        PairingJob.State.valueOf(row.getString(1)),
                        row.getTimestamp(2).toInstant(),
                        row.getTimestamp(3) == null ? null : row.getTimestamp(3).toInstant(),
                        row.getString(4)),
                programId);
        return jobs.stream().findFirst();
    }

    private void finish(long programId, PairingJob.State state, String message) {
        jdbc.update(
                "update pairing_job set state = ?, finished_at = ?, message = ? where program_id = ?",
                state.name(),
                Timestamp.from(clock.instant()),
                message,
                programId);
    }
}
