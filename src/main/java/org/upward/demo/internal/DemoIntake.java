package org.upward.demo.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.upward.enrollment.Side;
import org.upward.intake.EligibilityRule;
import org.upward.intake.IntakeQuestion;
import org.upward.intake.IntakeSettings;
import org.upward.intake.ProgramIntakes;
import org.upward.intake.QuestionKind;
import org.upward.program.ProgramService;
import org.upward.program.ProgramStatus;

/**
 * The enrolling demo program takes applications for the next four weeks, so that people not in it yet see it
 * under "Programs you can join": juniors (level 4 or below) as mentors, seniors (6 or above) as mentees.
 */
@Component
class DemoIntake {

    private final ProgramService programs;
    private final ProgramIntakes intakes;
    private final Clock clock;

    DemoIntake(ProgramService programs, ProgramIntakes intakes, Clock clock) {
        this.programs = programs;
        this.intakes = intakes;
        this.clock = clock;
    }

    void openIfAbsent() {
        programs.list(PageRequest.of(0, 500)).stream()
                .filter(p -> p.name().equals(DemoPrograms.CURRENT) && p.status() == ProgramStatus.ENROLLING)
                .findFirst()
                .filter(p -> intakes.find(p.id()).isEmpty())
                .ifPresent(p -> intakes.open(p.id(), settings(LocalDate.now(clock))));
    }

    private static IntakeSettings settings(LocalDate today) {
        return new IntakeSettings(
                today.minusDays(3),
                today.plusWeeks(4),
                List.of(Side.MENTOR, Side.MENTEE),
                List.of(
                        new IntakeQuestion(
                                "What would you like to get out of the program?", QuestionKind.LONG_TEXT, null, true),
                        new IntakeQuestion(
                                "How comfortable are you with AI tools today?", QuestionKind.SCALE, null, false)),
                Map.of(
                        Side.MENTOR, new EligibilityRule(null, 4, null, null),
                        Side.MENTEE, new EligibilityRule(6, null, null, null)),
                Map.of(),
                false);
    }
}
