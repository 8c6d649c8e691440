package org.upward.messaging.internal;

import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.upward.enrollment.ProgramParticipants;
import org.upward.enrollment.ProgramParticipants.Participant;
import org.upward.messaging.LaunchAnnounced;
import org.upward.messaging.MessageKind;
import org.upward.messaging.MessageTemplates;
import org.upward.messaging.WrittenMessage;
import org.upward.notification.Notice;
import org.upward.notification.NoticeKind;
import org.upward.notification.NoticeTexts;
import org.upward.program.ProgramMoved;
import org.upward.program.ProgramService;
import org.upward.program.ProgramStatus;
import org.upward.program.ProgramView;

/** When a program starts running, each of its participants gets its launch announcement, in the move's transaction. */
@Component
class LaunchAnnouncer {

    private final MessageTemplates templates;
    private final ProgramService programs;
    private final ProgramParticipants participants;
    private final NoticeTexts texts;
    private final ApplicationEventPublisher events;

    LaunchAnnouncer(
            MessageTemplates templates,
            ProgramService programs,
            ProgramParticipants participants,
            NoticeTexts texts,
            ApplicationEventPublisher events) {
        this.templates = templates;
        this.programs = programs;
        this.participants = participants;
        this.texts = texts;
        this.events = events;
    }

    @EventListener
    void on(ProgramMoved moved) {
        if (moved.to() != ProgramStatus.RUNNING) {
            return;
        }
        ProgramView program = programs.get(moved.programId());
        int told = 0;
        for (Participant participant : participants.active(program.id())) {
            WrittenMessage message = templates.write(
                    program.id(),
                    MessageKind.LAUNCH_ANNOUNCEMENT,
                    Map.of(
                            "firstName", MessageTemplates.firstName(participant.name()),
                            "programName", program.name(),
                            "startDate", texts.day(program.startDate()),
                            "endDate", texts.day(program.endDate()),
                            "link", "/participant"));
            events.publishEvent(new Notice(
                    participant.email(),
                    NoticeKind.PROGRAM_LAUNCHED,
                    message.subject(),
                    message.text(),
                    "/participant"));
            told++;
        }
        if (told > 0) {
            events.publishEvent(new LaunchAnnounced(program.id(), program.name(), told));
        }
    }
}
