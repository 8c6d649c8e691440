package org.upward.webhook.internal;

import java.util.List;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.upward.notification.NoticeTexts;
import org.upward.pairing.PairDecided;
import org.upward.people.People;
import org.upward.people.PersonRef;
import org.upward.program.ProgramMoved;
import org.upward.program.ProgramService;
import org.upward.sessions.RemindersSent;

/**
 * Turns other features' events into webhook messages. The listeners are synchronous, so the outbox row is
 * written in the publishing transaction: a rolled-back action sends nothing. Messages name the program and,
 * for a new pair, the two partners; never notes, reflections or ratings.
 */
@Component
class WebhookMessages {

    private final WebhookOutbox outbox;
    private final ProgramService programs;
    private final People people;
    private final NoticeTexts texts;

    WebhookMessages(WebhookOutbox outbox, ProgramService programs, People people, NoticeTexts texts) {
        this.outbox = outbox;
        this.programs = programs;
        this.people = people;
        this.texts = texts;
    }

    @EventListener
    void on(PairDecided event) {
        WebhookEventKind kind =
                switch (event.decision()) {
                    case APPROVED -> WebhookEventKind.PAIR_APPROVED;
                    case ACTIVATED -> WebhookEventKind.PAIR_ACTIVATED;
                    default -> null;
                };
        if (kind == null || !outbox.listens(event.programId())) {
            return;
        }
        Map<Long, PersonRef> refs = people.byIds(List.of(event.mentorId(), event.menteeId()));
        String program = programs.get(event.programId()).name();
        String key = kind == WebhookEventKind.PAIR_APPROVED
                ? "webhook.message.pairApproved"
                : "webhook.message.pairActivated";
        outbox.enqueue(
                event.programId(),
                kind,
                texts.of(key, name(refs, event.mentorId()), name(refs, event.menteeId()), program));
    }

    @EventListener
    void on(ProgramMoved event) {
        outbox.enqueue(
                event.programId(),
                WebhookEventKind.PROGRAM_MOVED,
                texts.of(
                        "webhook.message.programMoved",
                        event.name(),
                        texts.of("program.status." + event.from().name()),
                        texts.of("program.status." + event.to().name())));
    }

    @EventListener
    void on(RemindersSent event) {
        outbox.enqueue(
                event.programId(),
                WebhookEventKind.REMINDERS_DIGEST,
                texts.of(
                        "webhook.message.remindersDigest",
                        event.programName(),
                        event.reminded(),
                        event.introDue(),
                        event.due(),
                        event.overdue()));
    }

    private static String name(Map<Long, PersonRef> refs, long personId) {
        PersonRef ref = refs.get(personId);
        return ref == null ? "?" : ref.name();
    }
}
