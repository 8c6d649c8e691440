package org.upward.wrapup.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.upward.messaging.MessageKind;
import org.upward.messaging.MessageTemplates;
import org.upward.messaging.WrittenMessage;
import org.upward.notification.Notice;
import org.upward.notification.NoticeKind;
import org.upward.notification.NoticeTexts;
import org.upward.pairing.PairAccess;
import org.upward.pairing.PairAccess.PairRef;
import org.upward.pairing.PairClosed;
import org.upward.people.PersonRef;
import org.upward.program.ProgramMoved;
import org.upward.program.ProgramService;
import org.upward.program.ProgramStatus;

/**
 * Makes wrap-ups due, inside the transaction that ended the pairs: for both partners of every pair still active
 * when its program is completed, and of a pair closed early. Each partner is told once, in the program's wording
 * of {@link MessageKind#WRAP_UP_DUE}, with a link to the form; a pair closed early is not asked again when its
 * program completes.
 */
@Component
class WrapUpsDue {

    private final WrapUpRows rows;
    private final PairAccess pairs;
    private final ProgramService programs;
    private final ApplicationEventPublisher events;
    private final NoticeTexts texts;
    private final MessageTemplates templates;
    private final Clock clock;

    WrapUpsDue(
            WrapUpRows rows,
            PairAccess pairs,
            ProgramService programs,
            ApplicationEventPublisher events,
            NoticeTexts texts,
            MessageTemplates templates,
            Clock clock) {
        this.templates = templates;
        this.rows = rows;
        this.pairs = pairs;
        this.programs = programs;
        this.events = events;
        this.texts = texts;
        this.clock = clock;
    }

    @EventListener
    void on(ProgramMoved event) {
        if (event.to() != ProgramStatus.COMPLETED) {
            return;
        }
        for (PairRef pair : pairs.agreedPairs(event.programId())) {
            if (pair.isActive()) {
                due(pair, event.name());
            }
        }
    }

    @EventListener
    void on(PairClosed event) {
        PairRef pair = pairs.get(event.pairId());
        due(pair, programs.get(pair.programId()).name());
    }

    private void due(PairRef pair, String programName) {
        Instant now = clock.instant();
        String until = texts.day(
                now.plus(WrapUpService.EDITABLE_FOR).atZone(ZoneOffset.UTC).toLocalDate());
        for (PersonRef person : new PersonRef[] {pair.mentor(), pair.mentee()}) {
            if (rows.due(pair.id(), person.id(), pair.programId(), now)) {
                String link = "/participant/pairs/" + pair.id() + "/wrap-up";
                WrittenMessage message = templates.write(
                        pair.programId(),
                        MessageKind.WRAP_UP_DUE,
                        Map.of(
                                "firstName", MessageTemplates.firstName(person.name()),
                                "programName", programName,
                                "partnerName", pair.partnerOf(person.email()).name(),
                                "closesOn", until,
                                "link", link));
                events.publishEvent(
                        new Notice(person.email(), NoticeKind.WRAP_UP_DUE, message.subject(), message.text(), link));
            }
        }
    }
}
