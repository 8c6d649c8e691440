package org.upward.pairing.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.upward.notification.Notice;
import org.upward.notification.NoticeKind;
import org.upward.notification.NoticeTexts;
import org.upward.pairing.OpenChoices;
import org.upward.people.People;
import org.upward.people.PersonLeft;
import org.upward.people.PersonRef;
import org.upward.program.ProgramService;
import org.upward.security.AccountRoles;

/**
 * What pairing tells people when a partner leaves the company: the remaining partner of an agreed pair is offered
 * a new one (the program's choice page while participants choose, the admins otherwise), and every admin is told
 * where to rematch them.
 */
@Component
class LeaverNotices {

    private final ApplicationEventPublisher events;
    private final People people;
    private final ProgramService programs;
    private final AccountRoles accounts;
    private final OpenChoices choices;
    private final NoticeTexts texts;

    LeaverNotices(
            ApplicationEventPublisher events,
            People people,
            ProgramService programs,
            AccountRoles accounts,
            OpenChoices choices,
            NoticeTexts texts) {
        this.events = events;
        this.people = people;
        this.programs = programs;
        this.accounts = accounts;
        this.choices = choices;
        this.texts = texts;
    }

    void partnerLeft(MentoringPair pair, PersonLeft left, boolean agreed) {
        long partnerId = pair.getMentorId() == left.personId() ? pair.getMenteeId() : pair.getMentorId();
        Map<Long, PersonRef> partners = people.byIds(Set.of(partnerId));
        PersonRef partner = partners.get(partnerId);
        String program = programs.get(pair.getProgramId()).name();
        String day = texts.day(left.leftOn());
        if (agreed) {
            boolean choosing =
                    !choices.openForChoice(List.of(pair.getProgramId())).isEmpty();
            events.publishEvent(new Notice(
                    partner.email(),
                    NoticeKind.PERSON_LEFT,
                    texts.of("notice.partnerLeft.subject"),
                    texts.of(
                            choosing ? "notice.partnerLeft.textChoosing" : "notice.partnerLeft.text",
                            left.name(),
                            program,
                            day),
                    choosing ? "/participant/programs/" + pair.getProgramId() + "/choice" : "/participant"));
        }
        String text = texts.of(
                agreed ? "notice.leaverPairs.text" : "notice.leaverProposal.text", left.name(), partner.name(), day);
        for (String admin : accounts.adminEmails()) {
            if (admin.equals(left.email())) {
                continue;
            }
            events.publishEvent(new Notice(
                    admin,
                    NoticeKind.PERSON_LEFT,
                    texts.of("notice.leaverPairs.subject", program),
                    text,
                    "/admin/programs/" + pair.getProgramId() + "/pairing#pair-" + pair.getId()));
        }
    }
}
