package org.upward.assessment.internal;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.upward.notification.Notice;
import org.upward.notification.NoticeKind;
import org.upward.notification.NoticeTexts;
import org.upward.program.ProgramView;

/** Tells a participant that an assessment is waiting for them, through the notification module. */
@Component
class AssessmentNotices {

    private final ApplicationEventPublisher events;

    private final NoticeTexts texts;

    AssessmentNotices(ApplicationEventPublisher events, NoticeTexts texts) {
        this.texts = texts;
        this.events = events;
    }

    void assessmentOpen(String email, ProgramView program, AssessmentWindow window) {
        String phase = window.getPhase().name();
        events.publishEvent(new Notice(
                email,
                NoticeKind.ASSESSMENT_OPEN,
                texts.of("notice.assessmentOpen.subject", phase, program.name()),
                texts.of("notice.assessmentOpen.text", texts.day(window.getClosesOn())),
                AssessmentLinks.form(program.id(), window.getPhase())));
    }
}
