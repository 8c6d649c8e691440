package org.upward.sessions.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.upward.messaging.MessageKind;
import org.upward.messaging.MessageTemplates;
import org.upward.messaging.WrittenMessage;
import org.upward.notification.Notice;
import org.upward.notification.NoticeKind;
import org.upward.notification.NoticeTexts;
import org.upward.pairing.PairStatus;
import org.upward.people.PersonRef;
import org.upward.program.ProgramService;
import org.upward.program.ProgramStatus;
import org.upward.program.ProgramView;
import org.upward.sessions.RemindersSent;
import org.upward.sessions.internal.PairStatusBoard.PairActivity;

/**
 * Reminds both partners of every RUNNING program's pairs, by the status board's rules: an approved pair's
 * intro chat, an active pair's session and check-in when due, and when overdue (quiet pairs included). At
 * most one reminder per pair, kind and cadence period: the claim and the notices commit together.
 */
@Service
class Reminders {

    private final ProgramService programs;
    private final PairStatusBoard board;
    private final SentReminders sent;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    private final NoticeTexts texts;
    private final MessageTemplates templates;

    Reminders(
            ProgramService programs,
            PairStatusBoard board,
            SentReminders sent,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactions,
            Clock clock,
            NoticeTexts texts,
            MessageTemplates templates) {
        this.texts = texts;
        this.templates = templates;
        this.programs = programs;
        this.board = board;
        this.sent = sent;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Sends what is due on {@code today}; answers how many pairs were reminded. */
    int sendDue(LocalDate today) {
        int reminded = 0;
        for (ProgramView program : programs.inStatus(ProgramStatus.RUNNING)) {
            int introDue = 0;
            int due = 0;
            int overdue = 0;
            int remindedHere = 0;
            CadencePeriods periods = PairStatusBoard.periods(program);
            int period = periods.indexOf(today);
            LocalDate periodStart = periods.firstDay(period);
            LocalDate periodEnd = periods.lastDay(period);
            for (PairActivity activity : board.activity(program, today)) {
                NoticeKind kind = kindOf(activity);
                if (kind == null) {
                    continue;
                }
                switch (kind) {
                    case INTRO_CHAT_DUE -> introDue++;
                    case CHECK_IN_DUE -> due++;
                    default -> overdue++;
                }
                if (Boolean.TRUE.equals(
                        transaction.execute(tx -> remind(program, activity, kind, periodStart, periodEnd)))) {
                    remindedHere++;
                }
            }
            if (remindedHere > 0) {
                RemindersSent digest =
                        new RemindersSent(program.id(), program.name(), introDue, due, overdue, remindedHere);
                transaction.executeWithoutResult(tx -> events.publishEvent(digest));
            }
            reminded += remindedHere;
        }
        return reminded;
    }

    static NoticeKind kindOf(PairActivity activity) {
        if (activity.pair().status() == PairStatus.APPROVED) {
            return NoticeKind.INTRO_CHAT_DUE;
        }
        return switch (activity.status()) {
            case ON_TRACK -> null;
            case DUE -> NoticeKind.CHECK_IN_DUE;
            case OVERDUE, QUIET -> NoticeKind.OVERDUE;
        };
    }

    private boolean remind(
            ProgramView program, PairActivity activity, NoticeKind kind, LocalDate periodStart, LocalDate periodEnd) {
        if (!sent.claim(activity.pair().id(), kind, periodStart, clock.instant())) {
            return false;
        }
        PersonRef mentor = activity.pair().mentor();
        PersonRef mentee = activity.pair().mentee();
        for (List<PersonRef> toAndPartner : List.of(List.of(mentor, mentee), List.of(mentee, mentor))) {
            PersonRef to = toAndPartner.get(0);
            String link = "/participant/pairs/" + activity.pair().id();
            WrittenMessage message = written(kind, to, toAndPartner.get(1), program, activity, periodEnd, link);
            events.publishEvent(new Notice(to.email(), kind, message.subject(), message.text(), link));
        }
        return true;
    }

    /** The reminder in the program's own wording, if it has one, else as it ships. */
    private WrittenMessage written(
            NoticeKind kind,
            PersonRef to,
            PersonRef partner,
            ProgramView program,
            PairActivity activity,
            LocalDate periodEnd,
            String link) {
        LocalDate lastSession = activity.lastSession();
        MessageKind template =
                switch (kind) {
                    case INTRO_CHAT_DUE -> MessageKind.INTRO_CHAT_REMINDER;
                    case CHECK_IN_DUE -> MessageKind.CHECK_IN_REMINDER;
                    default -> lastSession == null ? MessageKind.OVERDUE_REMINDER : MessageKind.OVERDUE_SINCE_REMINDER;
                };
        Map<String, String> values = new HashMap<>();
        values.put("firstName", MessageTemplates.firstName(to.name()));
        values.put("programName", program.name());
        values.put("partnerName", partner.name());
        values.put("periodEnd", texts.day(periodEnd));
        values.put("lastSession", lastSession == null ? "" : texts.day(lastSession));
        values.put("link", link);
        return templates.write(program.id(), template, values);
    }
}
