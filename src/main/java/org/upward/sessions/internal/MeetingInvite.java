package org.upward.sessions.internal;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.upward.guide.TopicView;
import org.upward.pairing.PairAccess.PairRef;
import org.upward.people.PersonRef;
import org.upward.security.UpwardUser;

/** A planned meeting's calendar invite (.ics) and the file name to save it under. */
record MeetingInvite(String fileName, String ics) {

    /** The invite as {@code viewer} sees it: a partner sees "with" the other one. */
    static MeetingInvite of(PairRef pair, PlannedSession meeting, TopicView topic, UpwardUser viewer) {
        String what = meeting.isIntroChat() ? "Intro chat" : "Mentoring session";
        String with = pair.isPartner(viewer.email())
                ? pair.partnerOf(viewer.email()).name()
                : pair.mentor().name() + " and " + pair.mentee().name();
        PersonRef organizer =
                pair.isPartner(meeting.getPlannedBy()) ? PairGuard.person(pair, meeting.getPlannedBy()) : pair.mentor();
        var event = new IcsWriter.Event(
                meeting.getUid(),
                meeting.getCreatedAt(),
                meeting.getStartsAt(),
                meeting.getEndsAt(),
                what + " with " + with,
                description(meeting, topic),
                meeting.getPlace() != null ? meeting.getPlace() : meeting.getVideoLink(),
                meeting.getVideoLink(),
                new IcsWriter.Person(organizer.name(), organizer.email()),
                List.of(
                        new IcsWriter.Person(pair.mentor().name(), pair.mentor().email()),
                        new IcsWriter.Person(pair.mentee().name(), pair.mentee().email())));
        String day =
                DateTimeFormatter.ISO_LOCAL_DATE.format(meeting.getStartsAt().atZone(meeting.getZone()));
        String name = what.toLowerCase(Locale.ROOT).replace(' ', '-') + "-" + day + ".ics";
        return new MeetingInvite(name, IcsWriter.write(event));
    }

    private static String description(PlannedSession meeting, TopicView topic) {
        List<String> parts = new ArrayList<>();
        if (topic != null) {
            parts.add("Topic: " + topic.title() + "\n" + topic.agenda());
            if (!topic.questions().isEmpty()) {
                parts.add("Questions:\n- " + String.join("\n- ", topic.questions()));
            }
        }
        if (meeting.getAgenda() != null) {
            parts.add("Agenda:\n" + meeting.getAgenda());
        }
        if (meeting.getVideoLink() != null) {
            parts.add("Video link: " + meeting.getVideoLink());
        }
        if (meeting.getPlace() != null) {
            parts.add("Place: " + meeting.getPlace());
        }
        parts.add("Planned in Upward, reverse mentoring.");
        return String.join("\n\n", parts);
    }
}
