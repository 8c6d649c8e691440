package org.upward.sessions.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.upward.notification.Notice;
import org.upward.notification.NoticeKind;
import org.upward.notification.NoticeTexts;
import org.upward.pairing.PairAccess.PairRef;
import org.upward.people.PersonRef;
import org.upward.program.ProgramView;
import org.upward.security.AccountRoles;

/**
 * What the quiet run tells people: partners get an "overdue" notice (the nudge, the warning), admins a "pair needs
 * attention" one (the alert, the warning, the close), so each lands under the inbox filter people already use.
 */
@Component
class HealthNotices {

    private final ApplicationEventPublisher events;
    private final AccountRoles accounts;
    private final NoticeTexts texts;

    HealthNotices(ApplicationEventPublisher events, AccountRoles accounts, NoticeTexts texts) {
        this.events = events;
        this.accounts = accounts;
        this.texts = texts;
    }

    void nudge(ProgramView program, PairRef pair) {
        toPartners(pair, "sessions.notice.nudge", program.name(), null, null);
    }

    void alert(ProgramView program, PairRef pair, int quietPeriods) {
        toAdmins(program, pair, "sessions.notice.alert", quietPeriods, null, "AT_RISK");
    }

    void warning(ProgramView program, PairRef pair, int quietPeriods, LocalDate closesOn) {
        toPartners(pair, "sessions.notice.warning", program.name(), quietPeriods, closesOn);
        toAdmins(program, pair, "sessions.notice.adminWarning", quietPeriods, closesOn, "CLOSING");
    }

    void closed(ProgramView program, PairRef pair) {
        toAdmins(program, pair, "sessions.notice.closed", null, null, null);
    }

    private void toPartners(PairRef pair, String key, String program, Integer quietPeriods, LocalDate closesOn) {
        PersonRef mentor = pair.mentor();
        PersonRef mentee = pair.mentee();
        for (List<PersonRef> toAndPartner : List.of(List.of(mentor, mentee), List.of(mentee, mentor))) {
            String partner = toAndPartner.get(1).name();
            events.publishEvent(new Notice(
                    toAndPartner.get(0).email(),
                    NoticeKind.OVERDUE,
                    texts.of(key + ".subject", partner),
                    texts.of(
                            key + ".text", partner, program, quietPeriods, closesOn == null ? "" : texts.day(closesOn)),
                    "/participant/pairs/" + pair.id()));
        }
    }

    private void toAdmins(
            ProgramView program, PairRef pair, String key, Integer quietPeriods, LocalDate closesOn, String health) {
        String link = "/admin/programs/" + program.id() + "/status" + (health == null ? "" : "?health=" + health);
        for (String admin : accounts.adminEmails()) {
            events.publishEvent(new Notice(
                    admin,
                    NoticeKind.PAIR_FLAGGED,
                    texts.of(key + ".subject", program.name()),
                    texts.of(
                            key + ".text",
                            pair.mentor().name(),
                            pair.mentee().name(),
                            quietPeriods,
                            closesOn == null ? "" : texts.day(closesOn)),
                    link));
        }
    }
}
