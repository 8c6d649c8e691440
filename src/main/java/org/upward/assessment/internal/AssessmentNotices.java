package org.upward.assessment.internal;

import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.upward.messaging.MessageKind;
import org.upward.messaging.MessageTemplates;
import org.upward.messaging.WrittenMessage;
import org.upward.notification.Notice;
import org.upward.notification.NoticeKind;
import org.upward.notification.NoticeTexts;
import org.upward.people.People;
import org.upward.people.PersonRef;
import org.upward.program.ProgramView;

/**
 * Tells participants that an assessment is waiting for them, through the notification module, in the program's
 * own wording if it has one.
 */
@Component
class AssessmentNotices {

    private final ApplicationEventPublisher events;
    private final NoticeTexts texts;
    private final MessageTemplates templates;
    private final People people;

    AssessmentNotices(ApplicationEventPublisher events, NoticeTexts texts, MessageTemplates templates, People people) {
        this.texts = texts;
        this.events = events;
        this.templates = templates;
        this.people = people;
    }

    void assessmentOpen(List<String> emails, ProgramView program, AssessmentWindow window) {
        Map<String, PersonRef> named = people.byEmails(emails);
        String link = AssessmentLinks.form(program.id(), window.getPhase());
        for (String email : emails) {
            PersonRef person = named.get(People.normalizeEmail(email));
            WrittenMessage message = templates.write(
                    program.id(),
                    MessageKind.ASSESSMENT_OPEN,
                    Map.of(
                            "firstName", MessageTemplates.firstName(person == null ? "" : person.name()),
                            "programName", program.name(),
                            "phase", window.getPhase().name(),
                            "closesOn", texts.day(window.getClosesOn()),
                            "link", link));
            events.publishEvent(new Notice(email, NoticeKind.ASSESSMENT_OPEN, message.subject(), message.text(), link));
        }
    }
}
