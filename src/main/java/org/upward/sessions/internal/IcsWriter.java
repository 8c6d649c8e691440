package org.upward.sessions.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Writes one-event iCalendar files by RFC 5545: CRLF line endings, content lines folded at 75 octets (never inside
 * a UTF-8 character), TEXT values escaped ({@code \\ ; ,} and newlines), parameter values quoted, times in UTC.
 * A small writer of our own because the libraries at hand fold by characters, which breaks the 75-octet limit on
 * names like "Zoë".
 */
final class IcsWriter {

    /** A person on the invitation. */
    record Person(String name, String email) {}

    /** One event; {@code description}, {@code location} and {@code url} may be null. */
    record Event(
            String uid,
            Instant stamp,
            Instant start,
            Instant end,
            String summary,
            String description,
            String location,
            String url,
            Person organizer,
            List<Person> attendees) {}

    static final String PRODUCT_ID = "-//Upward//Reverse mentoring//EN";
    private static final int MAX_OCTETS = 75;
    private static final DateTimeFormatter UTC =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final StringBuilder out = new StringBuilder();

    private IcsWriter() {}

    static String write(Event event) {
        IcsWriter ics = new IcsWriter();
        ics.line("BEGIN:VCALENDAR");
        ics.line("VERSION:2.0");
        ics.line("PRODID:" + PRODUCT_ID);
        ics.line("CALSCALE:GREGORIAN");
        ics.line("METHOD:PUBLISH");
        ics.line("BEGIN:VEVENT");
        ics.line("UID:" + text(event.uid()));
        ics.line("DTSTAMP:" + utc(event.stamp()));
        ics.line("DTSTART:" + utc(event.start()));
        ics.line("DTEND:" + utc(event.end()));
        ics.line("SUMMARY:" + text(event.summary()));
        if (event.description() != null) {
            ics.line("DESCRIPTION:" + text(event.description()));
        }
        if (event.location() != null) {
            ics.line("LOCATION:" + text(event.location()));
        }
        if (event.url() != null) {
            ics.line("URL:" + event.url().replaceAll("[\\r\\n]", ""));
        }
        ics.line("ORGANIZER;CN=" + param(event.organizer().name()) + ":" + mailto(event.organizer()));
        for (Person attendee : event.attendees()) {
            ics.line("ATTENDEE;CN=" + param(attendee.name()) + ";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION:"
                    + mailto(attendee));
        }
        ics.line("STATUS:CONFIRMED");
        ics.line("SEQUENCE:0");
        ics.line("END:VEVENT");
        ics.line("END:VCALENDAR");
        return ics.out.toString();
    }

    /** A TEXT value: backslash, semicolon, comma escaped; any line break as {@code \n}. */
    static String text(String value) {
        return value.replace("\\", "\\\\")
                .replace(";", "\\;")
                .replace(",", "\\,")
                .replace("\r\n", "\n")
                .replace("\r", "\n")
                .replace("\n", "\\n");
    }

    /** A parameter value: quoted, since names may hold {@code , ; :}; a double quote can't appear at all. */
    static String param(String value) {
        return "\"" + value.replaceAll("[\"\\r\\n\\p{Cntrl}]", "") + "\"";
    }

    private static String mailto(Person person) {
        return "mailto:" + person.email();
    }

    private static String utc(Instant instant) {
        return UTC.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    /** Appends a content line, folded so no physical line exceeds 75 octets (CRLF not counted). */
    private void line(String content) {
        int octets = 0;
        int limit = MAX_OCTETS;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 0;
                limit = MAX_OCTETS - 1; // the leading space of a continuation line counts
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append("\r\n");
    }
}
