package org.upward.assessment;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.upward.notification.NoticeKind;
import org.upward.notification.NoticeRequested;
import org.upward.program.ProgramView;

/** Tells a participant that an assessment is waiting for them, through the notification module. */
@Component
class AssessmentNotices {

    private final ApplicationEventPublisher events;

    AssessmentNotices(ApplicationEventPublisher events) {
        this.events = events;
    }

    void assessmentOpen(String email, ProgramView program, AssessmentWindow window) {
        String phase = window.getPhase().name();
        events.publishEvent(new NoticeRequested(
                email,
                NoticeKind.ASSESSMENT_OPEN,
                "Your " + phase + " skill assessment for " + program.name() + " is open",
                "Please rate yourself from 1 to 5 on the program's skills. It takes two minutes, you can save"
                        + " part of it and finish later, and you can change your answers until "
                        + AssessmentDates.format(window.getClosesOn()) + ". Thank you!",
                AssessmentLinks.form(program.id(), window.getPhase())));
    }
}
