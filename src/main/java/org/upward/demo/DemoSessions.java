package org.upward.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.upward.pairing.PairView;
import org.upward.security.Role;
import org.upward.security.UpwardUser;
import org.upward.sessions.FeedbackRequest;
import org.upward.sessions.FeedbackService;
import org.upward.sessions.SessionFormat;
import org.upward.sessions.SessionRequest;
import org.upward.sessions.SessionService;

/** Months of sessions for the pilot's pairs, with feedback from both sides: some pairs keen, some quiet. */
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

    private final SessionService sessions;
    private final FeedbackService feedback;

    DemoSessions(SessionService sessions, FeedbackService feedback) {
        this.sessions = sessions;
        this.feedback = feedback;
    }

    /** Keen pairs meet every two to three weeks all year; every third pair goes quiet after spring. */
    void logFor(List<PairView> pairs, LocalDate start, LocalDate end) {
        for (int p = 0; p < pairs.size(); p++) {
            PairView pair = pairs.get(p);
            boolean quiet = p % 3 == 2;
            UpwardUser mentor = participant(pair.mentorEmail(), pair.mentorName());
            UpwardUser mentee = participant(pair.menteeEmail(), pair.menteeName());
            LocalDate date = start.plusDays(7 + p);
            for (int n = 0; !date.isAfter(end) && (!quiet || n < 3); n++) {
                var logged = sessions.log(
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
                feedback.give(
                        logged.id(),
                        new FeedbackRequest(rating, "Shortcuts I didn't know", "How the business decides", null),
                        mentor);
                feedback.give(
                        logged.id(),
                        new FeedbackRequest(rating, "A tool I now use weekly", "Context on my team's numbers", null),
                        mentee);
                date = date.plusDays(14 + 7 * ((p + n) % 2));
            }
        }
    }

    private static UpwardUser participant(String email, String name) {
        return new UpwardUser(0, email, name, null, true, Set.of(Role.PARTICIPANT));
    }
}
