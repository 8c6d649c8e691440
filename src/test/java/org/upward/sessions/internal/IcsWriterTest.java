package org.upward.sessions.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** RFC 5545 by hand: CRLF, folding at 75 octets without splitting a character, escaping, UTC times. */
class IcsWriterTest {

    private static final String LONG_NAME = "Zoë Ærøskøbing-Ødegård, Ñúñez; the \"Second\" of the \\ sales team: ✓ 🎉";

    private static String write(String summary, String description) {
        return IcsWriter.write(new IcsWriter.Event(
                "abc-123@upward",
                Instant.parse("2027-01-05T09:15:30.123Z"),
                Instant.parse("2027-01-11T11:30:00Z"),
                Instant.parse("2027-01-11T12:15:00Z"),
                summary,
                description,
                "Room 4, 2nd floor",
                "https://meet.example.com/abc",
                new IcsWriter.Person(LONG_NAME, "zoe@example.com"),
                List.of(
                        new IcsWriter.Person(LONG_NAME, "zoe@example.com"),
                        new IcsWriter.Person("Bob", "bob@example.com"))));
    }

    private static String unfold(String ics) {
        return ics.replace("\r\n ", "");
    }

    @Test
    void everyLineEndsInCrlfAndNoLineIsLongerThan75Octets() {
        String ics = write("Intro chat with " + LONG_NAME + " ".repeat(3) + LONG_NAME, LONG_NAME.repeat(4));
        assertThat(ics).endsWith("END:VCALENDAR\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\r").doesNotContain("\n");
        List<String> lines = Arrays.asList(ics.split("\r\n"));
        assertThat(lines).allSatisfy(line -> assertThat(line.getBytes(StandardCharsets.UTF_8).length)
                .isLessThanOrEqualTo(75));
        assertThat(lines.stream().filter(l -> l.startsWith(" ")).count()).isGreaterThan(3);
        // folding never splits a multi-byte character: every physical line is valid UTF-8 on its own
        assertThat(lines).allSatisfy(line -> assertThat(line).doesNotContain("\uFFFD"));
        assertThat(unfold(ics)).contains("DESCRIPTION:" + IcsWriter.text(LONG_NAME.repeat(4)) + "\r\n");
    }

    @Test
    void textIsEscapedAndNewlinesBecomeBackslashN() {
        String ics = unfold(write("Chat; with, Bob \\ and co", "Agenda:\n1. prompts\r\n2. budget"));
        assertThat(ics)
                .contains("SUMMARY:Chat\\; with\\, Bob \\\\ and co\r\n")
                .contains("DESCRIPTION:Agenda:\\n1. prompts\\n2. budget\r\n")
                .contains("LOCATION:Room 4\\, 2nd floor\r\n");
    }

    @Test
    void theEventHasStableUidUtcTimesAndBothPartnersAsMailtoAttendees() {
        String ics = unfold(write("Intro chat with Bob", null));
        assertThat(ics)
                .startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:")
                .contains("BEGIN:VEVENT\r\nUID:abc-123@upward\r\n")
                .contains("DTSTAMP:20270105T091530Z\r\n")
                .contains("DTSTART:20270111T113000Z\r\n")
                .contains("DTEND:20270111T121500Z\r\n")
                .contains("URL:https://meet.example.com/abc\r\n")
                .doesNotContain("DESCRIPTION");
        assertThat(ics)
                .contains(
                        "ORGANIZER;CN=\"Zoë Ærøskøbing-Ødegård, Ñúñez; the Second of the \\ sales team: ✓ 🎉\":mailto:zoe@example.com\r\n");
        assertThat(ics)
                .contains("ATTENDEE;CN=\"Bob\";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION:mailto:bob@example.com\r\n");
        assertThat(ics.split("ATTENDEE;", -1)).hasSize(3);
        assertThat(write("x", null)).isEqualTo(write("x", null));
    }
}
