package org.upward.sessions.internal;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** An .ics invite as a download. */
final class CalendarResponses {

    static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private CalendarResponses() {}

    static ResponseEntity<String> of(MeetingInvite invite) {
        return ResponseEntity.ok()
                .contentType(TEXT_CALENDAR)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(invite.fileName())
                                .build()
                                .toString())
                .body(invite.ics());
    }
}
