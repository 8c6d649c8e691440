package org.upward.pairing.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
import org.upward.pairing.PairingRunFailed;
import org.upward.pairing.PairingRunStarted;
import org.upward.pairing.RunRequest;
import org.upward.shared.ConflictException;
import org.upward.shared.InvalidFieldException;
import org.upward.shared.UiText;

/**
 * Pairing runs started from the page: a small program is paired at once, a large one (where a run can
 * take more than a second) in the background, so the request never waits on it. The job's state lives
 * in PostgreSQL, so every instance shows it. The run itself is one transaction holding the program's
 * {@link RunLock}: when the instance running it dies, PostgreSQL rolls the run back and frees the lock,
 * so nothing half-written remains, and a job still RUNNING without its lock a while after it started
 * ({@link #ABANDONED_AFTER}) is reported as interrupted and can be started again, on any instance.
 */
@Service
class PairingJobs {

    /** Time a started job may take to begin its run (and take the lock) before a missing lock means it died. */
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(1);

    private static final Logger log = LoggerFactory.getLogger(PairingJobs.class);

    private final PairingService pairing;
    private final PairingRunner runner;
    private final RunLock runLock;
    private final JdbcTemplate jdbc;
    private final TaskExecutor executor;
    private final Clock clock;
    private final int backgroundAbove;
    private final ApplicationEventPublisher events;

    PairingJobs(
            PairingService pairing,
            PairingRunner runner,
            RunLock runLock,
            JdbcTemplate jdbc,
            @Qualifier("applicationTaskExecutor") TaskExecutor executor,
            Clock clock,
            @Value("${upward.pairing.background-above:400}") int backgroundAbove,
            ApplicationEventPublisher events) {
        this.pairing = pairing;
        this.runner = runner;
        this.runLock = runLock;
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
        // microseconds, as PostgreSQL stores it: the run finishes its job only while the row is still its own
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        boolean runHoldsLock = runLock.held(programId);
        int claimed = jdbc.update(
                """
                insert into pairing_job (program_id, state, started_at, started_by_account_id)
                values (?, 'RUNNING', ?, ?)
                on conflict (program_id) do update
                   set state = 'RUNNING', started_at = excluded.started_at, finished_at = null, message = null,
                       started_by_account_id = excluded.started_by_account_id
                 where pairing_job.state <> 'RUNNING' or (pairing_job.started_at < ? and not ?)
                """,
                programId,
                Timestamp.from(now),
                accountId,
                Timestamp.from(now.minus(ABANDONED_AFTER)),
                runHoldsLock);
        if (claimed == 0) {
            throw new ConflictException(
                    UiText.of("pairing.conflict.pairingAlreadyRunning"),
                    UiText.of("pairing.error.aPairingRunForThisProgram"));
        }
        events.publishEvent(new PairingRunStarted(programId, accountId));
        executor.execute(() -> run(programId, accountId, now));
    }

    void run(long programId, long accountId, Instant startedAt) {
        try {
            RunView result = runner.runAndView(programId, new RunRequest(false, null, null, null), accountId);
            finish(
                    programId,
                    startedAt,
                    PairingJob.State.DONE,
                    UiText.of(
                            "pairing.job.proposed",
                            result.pairs().size(),
                            String.format("%.2f", result.totalScore()),
                            result.unmatched().size()));
        } catch (ConflictException | InvalidFieldException refused) {
            finish(programId, startedAt, PairingJob.State.FAILED, refused.getMessage());
            events.publishEvent(new PairingRunFailed(programId, accountId, refused.getMessage()));
        } catch (RuntimeException failed) {
            log.error("Background pairing run of program {} failed", programId, failed);
            finish(programId, startedAt, PairingJob.State.FAILED, UiText.of("pairing.job.failed"));
            events.publishEvent(new PairingRunFailed(programId, accountId, "failed on our side"));
        }
    }

    /** The program's latest job; one left RUNNING by an instance that died is marked interrupted first. */
    public Optional<PairingJob> latest(long programId) {
        Optional<PairingJob> job = read(programId);
        if (job.isPresent() && abandoned(programId, job.get())) {
            finish(programId, job.get().startedAt(), PairingJob.State.FAILED, UiText.of("pairing.job.interrupted"));
            log.warn("Background pairing run of program {} was left running by a stopped instance", programId);
            return read(programId);
        }
        return job;
    }

    private boolean abandoned(long programId, PairingJob job) {
        return job.running()
                && job.startedAt().isBefore(clock.instant().minus(ABANDONED_AFTER))
                && !runLock.held(programId);
    }

    private Optional<PairingJob> read(long programId) {
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

    /** Ends the job started at {@code startedAt}; a job started again since then is not touched. */
    private void finish(long programId, Instant startedAt, PairingJob.State state, String message) {
        jdbc.update(
                "update pairing_job set state = ?, finished_at = ?, message = ?"
                        + " where program_id = ? and state = 'RUNNING' and started_at = ?",
                state.name(),
                Timestamp.from(clock.instant()),
                message,
                programId,
                Timestamp.from(startedAt));
    }
}
