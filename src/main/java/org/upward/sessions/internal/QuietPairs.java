package org.upward.sessions.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.upward.pairing.PairClosing;
import org.upward.program.ProgramService;
import org.upward.program.ProgramStatus;
import org.upward.program.ProgramView;
import org.upward.sessions.QuietPairSteps;
import org.upward.sessions.internal.PairStatusBoard.PairActivity;

/**
 * Walks every RUNNING program's quiet ACTIVE pairs through their quiet run, by {@link HealthRules}: a nudge to both
 * partners, an alert to the admins, a warning to all of them, and 7 days after the warning the close. Each step at
 * most once per pair and run: the claim, the notices and the close commit together. Only the highest step reached is
 * sent (a pair found already closing is warned, not nudged and alerted as well).
 */
@Service
class QuietPairs implements QuietPairSteps {

    private final ProgramService programs;
    private final PairStatusBoard board;
    private final HealthSteps steps;
    private final PairHealthNow health;
    private final LatestActivity latest;
    private final HealthNotices notices;
    private final PairClosing closing;
    private final TransactionTemplate transaction;
    private final Clock clock;

    QuietPairs(
            ProgramService programs,
            PairStatusBoard board,
            HealthSteps steps,
            PairHealthNow health,
            LatestActivity latest,
            HealthNotices notices,
            PairClosing closing,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.programs = programs;
        this.board = board;
        this.steps = steps;
        this.health = health;
        this.latest = latest;
        this.notices = notices;
        this.closing = closing;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Override
    public int sendDue(LocalDate today) {
        int sent = 0;
        for (ProgramView program : programs.inStatus(ProgramStatus.RUNNING)) {
            for (PairActivity activity : board.activity(program, today)) {
                HealthStep step = stepDue(activity, today);
                if (step != null
                        && Boolean.TRUE.equals(transaction.execute(tx -> send(program, activity, step, today)))) {
                    sent++;
                }
            }
        }
        return sent;
    }

    static HealthStep stepDue(PairActivity activity, LocalDate today) {
        if (activity.health() == null) {
            return null;
        }
        HealthStep due = activity.health().health().dueStep();
        LocalDate closesOn = activity.health().closesOn();
        return due == HealthStep.WARNING && closesOn != null && !today.isBefore(closesOn) ? HealthStep.CLOSE : due;
    }

    private boolean send(ProgramView program, PairActivity activity, HealthStep step, LocalDate today) {
        HealthRules.Health health = activity.health().health();
        long pairId = activity.pair().id();
        if (step == HealthStep.CLOSE && !stillQuiet(program, activity, today)) {
            return false;
        }
        if (!steps.claim(pairId, step, health.runStart(), today, clock.instant())) {
            return false;
        }
        switch (step) {
            case NUDGE -> notices.nudge(program, activity.pair());
            case ALERT -> notices.alert(program, activity.pair(), health.quietPeriods());
            case WARNING ->
                notices.warning(program, activity.pair(), health.quietPeriods(), HealthRules.closesOn(today));
            case CLOSE -> {
                if (!closing.closeForInactivity(pairId, today)) {
                    return false;
                }
                notices.closed(program, activity.pair());
            }
        }
        return true;
    }

    /**
     * Whether the pair is still in the warned quiet run, read again under its activity row's lock: a session or
     * check-in committed since the board was read, or one being written now, keeps it open.
     */
    private boolean stillQuiet(ProgramView program, PairActivity activity, LocalDate today) {
        long pairId = activity.pair().id();
        steps.lockActivity(pairId);
        PairHealthNow.Now now = health.of(program, List.of(activity.pair()), latest.of(List.of(pairId)), today)
                .get(pairId);
        return now != null
                && now.closesOn() != null
                && !today.isBefore(now.closesOn())
                && now.health().runStart().equals(activity.health().health().runStart());
    }
}
