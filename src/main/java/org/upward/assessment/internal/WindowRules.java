package org.upward.assessment.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.upward.assessment.WindowRequest;
import org.upward.shared.FieldProblem;
import org.upward.shared.UiText;

/** What an assessment window's dates must be, and how a window that is not open is explained. */
final class WindowRules {

    private WindowRules() {}

    /** A request's dates: both given, and the closing day not before the opening one. */
    static List<FieldProblem> dateProblems(WindowRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        if (request.opensOn() == null) {
            problems.add(new FieldProblem("opensOn", UiText.of("assessment.error.enterTheDayTheAssessmentOpens")));
        }
        if (request.closesOn() == null) {
            problems.add(new FieldProblem("closesOn", UiText.of("assessment.error.enterTheLastDayAnswersAre")));
        }
        if (request.opensOn() != null
                && request.closesOn() != null
                && request.closesOn().isBefore(request.opensOn())) {
            problems.add(new FieldProblem("closesOn", UiText.of("assessment.error.theClosingDayCanTBe")));
        }
        return problems;
    }

    /** Why a window takes no answers today: it opens later, or it has closed. */
    static String notOpen(AssessmentWindow window, LocalDate today) {
        return window.state(today) == WindowState.UPCOMING
                ? UiText.of("assessment.error.opensOn", window.getPhase(), UiText.day(window.getOpensOn()))
                : UiText.of("assessment.error.closedOn", window.getPhase(), UiText.day(window.getClosesOn()));
    }
}
