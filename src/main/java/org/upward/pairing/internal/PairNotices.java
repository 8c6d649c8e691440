package org.upward.pairing.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.upward.program.ProgramService;
import org.upward.security.AccountRoles;
import org.upward.security.UpwardUser;

/** What pairing tells people: both partners of a new pair, and the admins when a pair is flagged. */
@Component
class PairNotices {

    private final ApplicationEventPublisher events;
    private final People people;
    private final ProgramService programs;
    private final AccountRoles accounts;

    private final NoticeTexts texts;
    private final MessageTemplates templates;

    PairNotices(
            ApplicationEventPublisher events,
            People people,
            ProgramService programs,
            AccountRoles accounts,
            NoticeTexts texts,
            MessageTemplates templates) {
        this.texts = texts;
        this.templates = templates;
        this.events = events;
        this.people = people;
        this.programs = programs;
        this.accounts = accounts;
    }

    /**
     * Tells both partners they have been paired. Sent when a pair is approved: that is when it appears on
     * the participants' own pages (proposals stay private to the admin) and the intro chat is their next step.
     */
    void approved(List<MentoringPair> pairs) {
        for (MentoringPair pair : pairs) {
            Map<Long, PersonRef> partners = people.byIds(Set.of(pair.getMentorId(), pair.getMenteeId()));
            PersonRef mentor = partners.get(pair.getMentorId());
            PersonRef mentee = partners.get(pair.getMenteeId());
            String program = programs.get(pair.getProgramId()).name();
            String link = "/participant/pairs/" + pair.getId();
            introduce(pair, MessageKind.PAIR_INTRODUCED_TO_MENTOR, mentor, mentee, program, link);
            introduce(pair, MessageKind.PAIR_INTRODUCED_TO_MENTEE, mentee, mentor, program, link);
        }
    }

    private void introduce(
            MentoringPair pair, MessageKind kind, PersonRef to, PersonRef partner, String program, String link) {
        WrittenMessage message = templates.write(
                pair.getProgramId(),
                kind,
                Map.of(
                        "firstName", MessageTemplates.firstName(to.name()),
                        "programName", program,
                        "partnerName", partner.name(),
                        "partnerEmail", partner.email(),
                        "link", link));
        events.publishEvent(new Notice(to.email(), NoticeKind.NEW_PAIR, message.subject(), message.text(), link));
    }

    /** Tells every admin but the one who flagged it. */
    void flagged(MentoringPair pair, UpwardUser by) {
        Map<Long, PersonRef> partners = people.byIds(Set.of(pair.getMentorId(), pair.getMenteeId()));
        String program = programs.get(pair.getProgramId()).name();
        String flagger = People.normalizeEmail(by.email());
        for (String admin : accounts.adminEmails()) {
            if (!admin.equals(flagger)) {
                events.publishEvent(new Notice(
                        admin,
                        NoticeKind.PAIR_FLAGGED,
                        texts.of("notice.flagged.subject", program),
                        texts.of(
                                "notice.flagged.text",
                                by.name(),
                                partners.get(pair.getMentorId()).name(),
                                partners.get(pair.getMenteeId()).name(),
                                pair.getFlagNote()),
                        "/admin/programs/" + pair.getProgramId() + "/pairing"));
            }
        }
    }

    /**
     * Tells every admin that a partner answered "not a fit" after the intro chat, with the note, and where to
     * rematch them in one click. The other partner is not told.
     */
    void notAFit(MentoringPair pair, UpwardUser by, String note) {
        Map<Long, PersonRef> partners = people.byIds(Set.of(pair.getMentorId(), pair.getMenteeId()));
        String program = programs.get(pair.getProgramId()).name();
        String text = note == null
                ? texts.of(
                        "notice.notAFit.text",
                        by.name(),
                        partners.get(pair.getMentorId()).name(),
                        partners.get(pair.getMenteeId()).name())
                : texts.of(
                        "notice.notAFit.textWithNote",
                        by.name(),
                        partners.get(pair.getMentorId()).name(),
                        partners.get(pair.getMenteeId()).name(),
                        note);
        for (String admin : accounts.adminEmails()) {
            events.publishEvent(new Notice(
                    admin,
                    NoticeKind.PAIR_FLAGGED,
                    texts.of("notice.notAFit.subject", program),
                    text,
                    "/admin/programs/" + pair.getProgramId() + "/pairing#pair-" + pair.getId()));
        }
    }
}
