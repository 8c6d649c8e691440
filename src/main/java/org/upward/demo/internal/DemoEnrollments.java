package org.upward.demo.internal;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.upward.enrollment.EnrollmentDraft;
import org.upward.enrollment.EnrollmentDraft.OfferedSkill;
import org.upward.enrollment.EnrollmentDraft.WantedSkill;
import org.upward.enrollment.EnrollmentImport;
import org.upward.enrollment.MeetingPreference;
import org.upward.enrollment.Priority;
import org.upward.enrollment.Side;
import org.upward.enrollment.WorkStyle;

/** The demo programs' participants: mentors and mentees with full profiles, varied by their place in the list. */
@Component
class DemoEnrollments {

    private static final String[] TEACHABLE = {
        "AI assistants",
        "Data dashboards",
        "Prompt writing",
        "TikTok",
        "Instagram",
        "LinkedIn presence",
        "Collaboration platforms",
        "Gen Z consumer trends",
        "Creator economy",
        "Spreadsheet automation"
    };
    private static final String[] INTERESTS = {
        "sustainability", "gaming", "running", "music", "travel", "cooking", "photography", "startups"
    };

    private final EnrollmentImport enrollments;

    DemoEnrollments(EnrollmentImport enrollments) {
        this.enrollments = enrollments;
    }

    void enroll(long programId, List<String> mentors, List<String> mentees) {
        for (int i = 0; i < mentors.size(); i++) {
            enrollments.save(programId, mentor(mentors.get(i), i));
        }
        for (int i = 0; i < mentees.size(); i++) {
            enrollments.save(programId, mentee(mentees.get(i), i));
        }
    }

    static EnrollmentDraft mentor(String email, int i) {
        List<OfferedSkill> offers = new ArrayList<>();
        for (int k = 0; k < 2 + i % 2; k++) {
            offers.add(new OfferedSkill(TEACHABLE[(i * 3 + k) % TEACHABLE.length], 3 + (i + k) % 3));
        }
        return new EnrollmentDraft(
                email,
                Side.MENTOR,
                offers,
                List.of(),
                interests(i),
                WorkStyle.values()[i % 3],
                MeetingPreference.values()[i % 3],
                1 + (i % 4 == 0 ? 1 : 0));
    }

    static EnrollmentDraft mentee(String email, int i) {
        List<WantedSkill> wishes = new ArrayList<>();
        for (int k = 0; k < 2 + i % 2; k++) {
            wishes.add(new WantedSkill(
                    TEACHABLE[(i * 2 + k * 3) % TEACHABLE.length], 1 + (i + k) % 2, Priority.values()[(i + k) % 3]));
        }
        return new EnrollmentDraft(
                email,
                Side.MENTEE,
                List.of(),
                wishes,
                interests(i + 3),
                WorkStyle.values()[(i + 1) % 3],
                MeetingPreference.values()[(i + 2) % 3],
                null);
    }

    private static List<String> interests(int i) {
        return List.of(INTERESTS[i % INTERESTS.length], INTERESTS[(i + 3) % INTERESTS.length]);
    }
}
