package org.upward.pairing;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.upward.notification.NoticeKind;
import org.upward.notification.NoticeRequested;
import org.upward.people.Person;
import org.upward.people.PersonRefs;
import org.upward.people.PersonRefs.PersonRef;
import org.upward.program.ProgramService;
import org.upward.security.AccountRoles;
import org.upward.security.UpwardUser;

/** What pairing tells people: both partners of a new pair, and the admins when a pair is flagged. */
@Component
class PairNotices {

    private final ApplicationEventPublisher events;
    private final PersonRefs people;
    private final ProgramService programs;
    private final AccountRoles accounts;

    PairNotices(ApplicationEventPublisher events, PersonRefs people, ProgramService programs, AccountRoles accounts) {
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
            events.publishEvent(new NoticeRequested(
                    mentor.email(),
                    NoticeKind.NEW_PAIR,
                    "You are paired with " + mentee.name(),
                    "You will mentor " + mentee.name() + " (" + mentee.email() + ") in \"" + program + "\". "
                            + "Your next step is a short intro chat to get to know each other: "
                            + "please agree on a time that suits you both.",
                    link));
            events.publishEvent(new NoticeRequested(
                    mentee.email(),
                    NoticeKind.NEW_PAIR,
                    "You are paired with " + mentor.name(),
                    mentor.name() + " (" + mentor.email() + ") will mentor you in \"" + program + "\". "
                            + "Your next step is a short intro chat to get to know each other: "
                            + "please agree on a time that suits you both.",
                    link));
        }
    }

    /** Tells every admin but the one who flagged it. */
    void flagged(MentoringPair pair, UpwardUser by) {
        Map<Long, PersonRef> partners = people.byIds(Set.of(pair.getMentorId(), pair.getMenteeId()));
        String program = programs.get(pair.getProgramId()).name();
        String names = partners.get(pair.getMentorId()).name() + " and "
                + partners.get(pair.getMenteeId()).name();
        String flagger = Person.normalizeEmail(by.email());
        for (String admin : accounts.adminEmails()) {
            if (!admin.equals(flagger)) {
                events.publishEvent(new NoticeRequested(
                        admin,
                        NoticeKind.PAIR_FLAGGED,
                        "A pair was flagged in \"" + program + "\"",
                        by.name() + " flagged the pair of " + names + ": \"" + pair.getFlagNote() + "\". "
                                + "Please have a look, talk to them, or swap the pair.",
                        "/admin/programs/" + pair.getProgramId() + "/pairing"));
            }
        }
    }
}
