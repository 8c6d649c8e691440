package org.upward.demo.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.upward.enrollment.EnrollmentDraft;
import org.upward.enrollment.Side;
import org.upward.intake.Applicants;
import org.upward.intake.ApplicationRequest;
import org.upward.intake.EligibilityRule;
import org.upward.intake.IntakeQuestion;
import org.upward.intake.IntakeSettings;
import org.upward.intake.ProgramIntakes;
import org.upward.intake.QuestionKind;
import org.upward.program.ProgramService;
import org.upward.program.ProgramStatus;

/**
 * The enrolling demo program takes applications for the next four weeks, so that people not in it yet see it
 * under "Programs you can join": juniors (level 4 or below) as mentors, seniors (6 or above) as mentees. Three
 * people in no program have applied already, so the admin finds applications waiting for a decision.
 */
@Component
class DemoIntake {

    private static final String GOAL_QUESTION = "What would you like to get out of the program?";
    private static final String COMFORT_QUESTION = "How comfortable are you with AI tools today?";

    /** People in no demo program (level 4 is neither a demo junior nor a demo senior; the CEO is in none). */
    private static final List<String> MENTOR_APPLICANTS = List.of("sales.00@demo.upward.app", "it.10@demo.upward.app");

    private static final String MENTEE_APPLICANT = "ceo@demo.upward.app";

    private final ProgramService programs;
    private final ProgramIntakes intakes;
    private final Applicants applicants;
    private final Clock clock;

    DemoIntake(ProgramService programs, ProgramIntakes intakes, Applicants applicants, Clock clock) {
        this.programs = programs;
        this.intakes = intakes;
        this.applicants = applicants;
        this.clock = clock;
    }

    void openIfAbsent() {
        programs.list(PageRequest.of(0, 500)).stream()
                .filter(p -> p.name().equals(DemoPrograms.CURRENT) && p.status() == ProgramStatus.ENROLLING)
                .findFirst()
                .filter(p -> intakes.find(p.id()).isEmpty())
                .ifPresent(p -> {
                    intakes.open(p.id(), settings(LocalDate.now(clock)));
                    apply(p.id());
                });
    }

    private void apply(long programId) {
        for (int i = 0; i < MENTOR_APPLICANTS.size(); i++) {
            applicants.apply(
                    programId,
                    MENTOR_APPLICANTS.get(i),
                    request(DemoEnrollments.mentor(MENTOR_APPLICANTS.get(i), i + 7), "Share what I know", "5"));
        }
        applicants.apply(
                programId,
                MENTEE_APPLICANT,
                request(
                        DemoEnrollments.mentee(MENTEE_APPLICANT, 7),
                        "Understand how our youngest customers decide",
                        "2"));
    }

    private static ApplicationRequest request(EnrollmentDraft profile, String goal, String comfort) {
        return new ApplicationRequest(
                profile.side(),
                Map.of(GOAL_QUESTION, goal, COMFORT_QUESTION, comfort),
                profile.skillsOffered(),
                profile.skillsWanted(),
                profile.interests(),
                profile.workStyle(),
                profile.meetingPreference(),
                profile.capacity());
    }

    private static IntakeSettings settings(LocalDate today) {
        return new IntakeSettings(
                today.minusDays(3),
                today.plusWeeks(4),
                List.of(Side.MENTOR, Side.MENTEE),
                List.of(
                        new IntakeQuestion(GOAL_QUESTION, QuestionKind.LONG_TEXT, null, true),
                        new IntakeQuestion(COMFORT_QUESTION, QuestionKind.SCALE, null, false)),
                Map.of(
                        Side.MENTOR, new EligibilityRule(null, 4, null, null),
                        Side.MENTEE, new EligibilityRule(6, null, null, null)),
                Map.of(),
                false);
    }
}
