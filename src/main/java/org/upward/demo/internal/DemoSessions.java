package org.upward.demo.internal;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.upward.pairing.PairView;
import org.upward.security.Role;
import org.upward.security.UpwardUser;
import org.upward.sessions.CheckInRequest;
import org.upward.sessions.CheckInService;
import org.upward.sessions.FeedbackRequest;
import org.upward.sessions.FeedbackService;
import org.upward.sessions.SessionFormat;
import org.upward.sessions.SessionRequest;
import org.upward.sessions.SessionService;

/** Months of sessions and check-ins for the pilot's pairs, with feedback from both sides: some keen, some quiet. */
@Component
class DemoSessions {

    private static final String[] TOPICS = {
        "Set up an AI assistant for meeting notes",
        "Read a TikTok campaign's analytics together",
        "How the budget cycle really works",
        "Prompting for a board memo summary",
        "Shadowed a customer call",
        "Built a first dashboard on live sales data",
        "What Gen Z expects from a brand",
        "Career paths in the company"
    };

    private static final String[] BLOCKERS = {
        "Hard to find a slot before the quarter closes",
        "My partner's calendar is full of travel this month",
        "Not sure what to cover next",
        "Our video calls keep getting moved"
    };

    private final SessionService sessions;
    private final FeedbackService feedback;
    private final CheckInService checkIns;

    private final JdbcTemplate jdbc;

    DemoSessions(SessionService sessions, FeedbackService feedback, CheckInService checkIns, JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.sessions = sessions;
        this.feedback = feedback;
        this.checkIns = checkIns;
    }

    /** What partners wrote they learned; the last session's, they let the results quote (without names). */
    private static final String[] MENTEE_LEARNED = {
        "I now draft my board updates with an AI assistant and check them myself: an hour saved every week.",
        "Why our younger customers trust a creator's video more than our ads.",
        "Prompting is a skill: say who it is for and what good looks like.",
        "A tool I now use weekly"
    };

    private static final String[] MENTOR_LEARNED = {
        "How a budget decision is really made, and who needs to hear about it first.",
        "To bring the numbers behind an idea, not only the idea.",
        "Shortcuts I didn't know"
    };

    /** Keen pairs meet every two to three weeks all year; every third pair goes quiet after spring. */
    void logFor(List<PairView> pairs, LocalDate start, LocalDate end) {
        pairedBefore(pairs, start);
        for (int p = 0; p < pairs.size(); p++) {
            PairView pair = pairs.get(p);
            boolean quiet = p % 3 == 2;
            UpwardUser mentor = participant(pair.mentorEmail(), pair.mentorName());
            UpwardUser mentee = participant(pair.menteeEmail(), pair.menteeName());
            LocalDate date = start.plusDays(7 + p);
            for (int n = 0; !date.isAfter(end) && (!quiet || n < 3); n++) {
                long logged = sessions.record(
                        pair.id(),
                        new SessionRequest(
                                date,
                                30 + 15 * ((p + n) % 4),
                                SessionFormat.values()[(p + n) % 2],
                                List.of(),
                                TOPICS[(p + n) % TOPICS.length],
                                n % 2 == 0 ? "Try it on next week's report" : null,
                                null),
                        n % 2 == 0 ? mentor : mentee);
                int rating = quiet ? 3 : 4 + (p + n) % 2;
                boolean latest = date.plusDays(21).isAfter(end);
                feedback.record(
                        logged,
                        new FeedbackRequest(
                                rating,
                                MENTOR_LEARNED[(p + n) % MENTOR_LEARNED.length],
                                "How the business decides",
                                null,
                                latest),
                        mentor);
                feedback.record(
                        logged,
                        new FeedbackRequest(
                                rating,
                                MENTEE_LEARNED[(p + n) % MENTEE_LEARNED.length],
                                "Context on my team's numbers",
                                null,
                                latest),
                        mentee);
                date = date.plusDays(14 + 7 * ((p + n) % 2));
            }
        }
    }

    /**
     * The pilot's pairs were made two weeks before it started (the demo makes them today): a session can't be
     * dated before its pair started.
     */
    private void pairedBefore(List<PairView> pairs, LocalDate start) {
        Timestamp paired = Timestamp.valueOf(start.minusWeeks(2).atStartOfDay());
        pairs.forEach(pair -> jdbc.update(
                "update mentoring_pair set created_at = ? where id = ? and created_at > ?", paired, pair.id(), paired));
    }

    /**
     * One check-in per partner per cadence period, the same on every load (seeded): keen pairs answer almost every
     * period, mostly 4–5; quiet pairs answer the first three periods, lower, with a blocker now and then, then stop.
     */
    void checkInFor(List<PairView> pairs, LocalDate start, LocalDate end, int cadenceWeeks) {
        Random random = new Random(20_260_112L);
        for (int p = 0; p < pairs.size(); p++) {
            PairView pair = pairs.get(p);
            boolean quiet = p % 3 == 2;
            List<UpwardUser> partners = List.of(
                    participant(pair.mentorEmail(), pair.mentorName()),
                    participant(pair.menteeEmail(), pair.menteeName()));
            for (int period = 0; ; period++) {
                LocalDate first = start.plusWeeks((long) period * cadenceWeeks);
                if (first.isAfter(end) || (quiet && period >= 3)) {
                    break;
                }
                for (UpwardUser partner : partners) {
                    if (random.nextInt(10) == 0) {
                        continue; // even keen people skip one now and then
                    }
                    int rating = quiet ? 2 + random.nextInt(2) : 4 + random.nextInt(2);
                    String blocker = quiet || random.nextInt(8) == 0 ? BLOCKERS[random.nextInt(BLOCKERS.length)] : null;
                    LocalDate day = first.plusDays(random.nextInt(7 * cadenceWeeks));
                    checkIns.recordOn(
                            pair.id(), new CheckInRequest(rating, blocker), partner, day.isAfter(end) ? end : day);
                }
            }
        }
    }

    static UpwardUser participant(String email, String name) {
        return new UpwardUser(0, email, name, null, true, Set.of(Role.PARTICIPANT));
    }
}
