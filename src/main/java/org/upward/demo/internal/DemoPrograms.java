package org.upward.demo.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.upward.enrollment.EnrollmentDraft;
import org.upward.enrollment.EnrollmentDraft.OfferedSkill;
import org.upward.enrollment.EnrollmentDraft.WantedSkill;
import org.upward.enrollment.EnrollmentImport;
import org.upward.enrollment.MeetingPreference;
import org.upward.enrollment.Priority;
import org.upward.enrollment.Side;
import org.upward.enrollment.WorkStyle;
import org.upward.pairing.EarlySwaps;
import org.upward.pairing.PairDecisions;
import org.upward.pairing.PairStatus;
import org.upward.pairing.PairView;
import org.upward.pairing.PairingRuns;
import org.upward.pairing.ProgramPairs;
import org.upward.pairing.RunRequest;
import org.upward.program.AssessmentSettingsRequest;
import org.upward.program.ObjectiveRequest;
import org.upward.program.ProgramRequest;
import org.upward.program.ProgramService;
import org.upward.program.ProgramStatus;
import org.upward.program.ProgramView;

/** The demo's two programs: one enrolling now with full profiles, and one completed last year. */
@Component
class DemoPrograms {

    static final String CURRENT = "Digital leaders 2027";
    static final String PILOT = "Reverse mentoring pilot 2026";

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

    private final ProgramService programs;
    private final EnrollmentImport enrollments;
    private final PairingRuns runs;
    private final ProgramPairs pairs;
    private final PairDecisions review;
    private final EarlySwaps swaps;
    private final DemoSessions sessions;
    private final DemoAssessments assessments;
    private final DemoSurveys surveys;

    DemoPrograms(
            ProgramService programs,
            EnrollmentImport enrollments,
            PairingRuns runs,
            ProgramPairs pairs,
            PairDecisions review,
            EarlySwaps swaps,
            DemoSessions sessions,
            DemoAssessments assessments,
            DemoSurveys surveys) {
        this.programs = programs;
        this.enrollments = enrollments;
        this.runs = runs;
        this.pairs = pairs;
        this.review = review;
        this.swaps = swaps;
        this.sessions = sessions;
        this.assessments = assessments;
        this.surveys = surveys;
    }

    void createIfAbsent(List<String> mentors, List<String> mentees) {
        if (exists(CURRENT)) {
            return;
        }
        ProgramView pilot = create(PILOT, LocalDate.of(2026, 1, 12), LocalDate.of(2026, 10, 30));
        enroll(pilot.id(), mentors.subList(0, 8), mentees.subList(0, 8));
        runPilot(pilot.id());
        assessments.forPilot(
                pilot.id(), pilot.startDate(), pilot.endDate(), mentors.subList(0, 8), mentees.subList(0, 8));
        surveys.forPilot(pilot.id(), both(mentors.subList(0, 8), mentees.subList(0, 8)));

        ProgramView current = create(CURRENT, LocalDate.of(2027, 1, 11), LocalDate.of(2027, 12, 17));
        enroll(current.id(), mentors, mentees);
        assessments.openNow(current.id());
        surveys.forCurrent(current.id(), both(mentors, mentees));
    }

    /** The pilot went through every stage: paired, reviewed, one early swap, run and completed. */
    private void runPilot(long programId) {
        programs.transition(programId, ProgramStatus.MATCHING);
        runs.run(programId, new RunRequest(false, null, null, null), null);
        List<PairView> proposed = pairs.pairs(programId, DemoAdmin.USER);
        proposed.forEach(pair -> {
            review.approve(pair.id());
            review.activate(pair.id());
        });
        if (!proposed.isEmpty()) {
            review.flag(proposed.get(0).id(), DemoAdmin.USER, "They could never find a time to meet");
            swaps.swap(proposed.get(0).id(), "Schedules never matched; swapped after the intro chat")
                    .forEach(replacement -> {
                        review.approve(replacement.id());
                        review.activate(replacement.id());
                    });
        }
        programs.transition(programId, ProgramStatus.RUNNING);
        List<PairView> active = pairs.pairs(programId, DemoAdmin.USER).stream()
                .filter(pair -> pair.status() == PairStatus.ACTIVE)
                .toList();
        sessions.logFor(active, LocalDate.of(2026, 1, 12), LocalDate.of(2026, 10, 30));
        sessions.checkInFor(active, LocalDate.of(2026, 1, 12), LocalDate.of(2026, 10, 30), 3);
        programs.transition(programId, ProgramStatus.COMPLETED);
    }

    private static List<String> both(List<String> mentors, List<String> mentees) {
        List<String> all = new ArrayList<>(mentors);
        all.addAll(mentees);
        return all;
    }

    private boolean exists(String name) {
        return programs.list(PageRequest.of(0, 500)).stream()
                .anyMatch(p -> p.name().equals(name));
    }

    private ProgramView create(String name, LocalDate start, LocalDate end) {
        ProgramRequest request = new ProgramRequest(
                name,
                "Juniors teach senior leaders AI tools, social media and what young customers expect;"
                        + " seniors share how the business really works.",
                start,
                end,
                "Mentees average at least 3.5 on their focus skills after the program.",
                "exec@demo.upward.app",
                3,
                new java.math.BigDecimal("25000"),
                List.of(
                        new ObjectiveRequest(
                                "Executives use AI assistants weekly",
                                List.of("AI assistants", "Prompt writing"),
                                "POST self-assessment ≥ 3.5"),
                        new ObjectiveRequest(
                                "Leaders understand how Gen Z customers discover brands",
                                List.of("TikTok", "Gen Z consumer trends"),
                                "POST self-assessment ≥ 3.0 and one campaign idea per pair")),
                null,
                new AssessmentSettingsRequest(
                        List.of(), List.of("Financial acumen", "Stakeholder management", "Strategic planning"), true),
                null);
        ProgramView program = programs.create(request);
        return programs.transition(program.id(), ProgramStatus.ENROLLING);
    }

    private void enroll(long programId, List<String> mentors, List<String> mentees) {
        for (int i = 0; i < mentors.size(); i++) {
            enrollments.save(programId, mentor(mentors.get(i), i));
        }
        for (int i = 0; i < mentees.size(); i++) {
            enrollments.save(programId, mentee(mentees.get(i), i));
        }
    }

    private static EnrollmentDraft mentor(String email, int i) {
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

    private static EnrollmentDraft mentee(String email, int i) {
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
