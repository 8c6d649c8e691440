package org.upward.demo.internal;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.upward.agreement.AgreementRequest;
import org.upward.agreement.AgreementRequest.GoalRequest;
import org.upward.agreement.AgreementView.GoalStatus;
import org.upward.agreement.PairAgreements;
import org.upward.pairing.FitAnswer;
import org.upward.pairing.FitChecks;
import org.upward.pairing.PairView;
import org.upward.security.UpwardUser;
import org.upward.sessions.QuietPairSteps;

/**
 * The running sprint's pairs, one in each state of a pair's journey, with the dates that state needs: the demo
 * mentor and mentee active with goals, a new pair whose fit check is due, one agreeing, one needing a nudge, and one
 * closed for inactivity after its warning (the health steps replayed on the days they fell due). And, in a second
 * running program, the demo mentor and mentee as a new pair: the mentee found it a good fit, the mentor's answer is
 * due, so a visitor walks the journey from its start.
 */
@Component
class DemoJourneys {

    private static final String AGREEMENT = "We meet every two weeks for an hour, alternating who leads.\n"
            + "What is said in our sessions stays between us: nothing reaches either of our managers.\n"
            + "The mentor says plainly what does not work; the mentee asks for it.";

    private final DemoSessions sessions;
    private final PairAgreements agreements;
    private final FitChecks fitChecks;
    private final QuietPairSteps health;
    private final JdbcTemplate jdbc;

    DemoJourneys(
            DemoSessions sessions,
            PairAgreements agreements,
            FitChecks fitChecks,
            QuietPairSteps health,
            JdbcTemplate jdbc) {
        this.sessions = sessions;
        this.agreements = agreements;
        this.fitChecks = fitChecks;
        this.health = health;
        this.jdbc = jdbc;
    }

    /** {@code pairs}: the demo pair first, then four more, all approved, in the sprint that started on {@code start}. */
    void forSprint(List<PairView> pairs, LocalDate start, LocalDate today) {
        PairView demo = pairs.get(0);
        activeSince(demo, start);
        sessions.logFor(List.of(demo), start, today.minusDays(2));
        agree(demo, true, "Use an AI assistant for my board updates every week", "Read our social listening report");

        PairView fitCheckDue = pairs.get(1);
        made(fitCheckDue, today.minusDays(4));

        PairView agreeing = pairs.get(2);
        made(agreeing, today.minusDays(16));
        activeSince(agreeing, today.minusDays(9));
        sessions.logFor(List.of(agreeing), today.minusDays(12), today.minusDays(5));
        agree(agreeing, false, "Post on LinkedIn once a week", null);

        PairView needsNudge = pairs.get(3);
        activeSince(needsNudge, start);
        sessions.logFor(List.of(needsNudge), start, start.plusWeeks(9));

        PairView quiet = pairs.get(4);
        activeSince(quiet, start);
        sessions.logFor(List.of(quiet), start, start.plusDays(10));
        replayHealth(start.plusWeeks(10));
        replayHealth(start.plusWeeks(11));
        health.sendDue(today);
    }

    /** The demo mentee answered the fit check of their new pair with the demo mentor: a good fit. */
    void fitCheckDueForTheDemoMentor(PairView pair, LocalDate made) {
        made(pair, made);
        fitChecks.record(
                pair.id(),
                DemoSessions.participant(pair.menteeEmail(), pair.menteeName()),
                FitAnswer.GOOD_FIT,
                "Great first chat over coffee");
    }

    private void agree(PairView pair, boolean confirmed, String goal, String secondGoal) {
        UpwardUser mentor = DemoSessions.participant(pair.mentorEmail(), pair.mentorName());
        UpwardUser mentee = DemoSessions.participant(pair.menteeEmail(), pair.menteeName());
        List<GoalRequest> goals = secondGoal == null
                ? List.of(new GoalRequest(null, goal, 0, null, GoalStatus.OPEN))
                : List.of(
                        new GoalRequest(null, goal, 0, null, GoalStatus.OPEN),
                        new GoalRequest(null, secondGoal, 1, null, GoalStatus.OPEN));
        agreements.write(pair.id(), new AgreementRequest(AGREEMENT, "Every two weeks", goals, 0L), mentor);
        agreements.confirm(pair.id(), null, mentor);
        if (confirmed) {
            agreements.confirm(pair.id(), null, mentee);
        }
    }

    /** The steps that fell due on a past day, with their notices dated that day. */
    private void replayHealth(LocalDate day) {
        long before = jdbc.queryForObject("select coalesce(max(id), 0) from notification", Long.class);
        health.sendDue(day);
        jdbc.update("update notification set created_at = ? where id > ?", Timestamp.valueOf(day.atTime(9, 0)), before);
    }

    private void made(PairView pair, LocalDate day) {
        jdbc.update(
                "update mentoring_pair set created_at = ? where id = ?",
                Timestamp.valueOf(day.atTime(9, 0)),
                pair.id());
    }

    private void activeSince(PairView pair, LocalDate day) {
        jdbc.update(
                "update mentoring_pair set activated_at = ?, created_at = least(created_at, ?) where id = ?",
                Timestamp.valueOf(day.atTime(9, 0)),
                Timestamp.valueOf(day.minusWeeks(2).atTime(9, 0)),
                pair.id());
    }
}
