package org.upward.timezone;

import java.time.Instant;
import java.time.ZoneId;

/**
 * Formats a moment for people: in the signed-in person's time zone (looked up once per request), with the
 * zone's abbreviation so it is never ambiguous, in a pattern from the message bundle ({@code timezone.moment.pattern.*}).
 * Templates call it as {@code ${@moments.format(instant)}} or {@code ${@moments.format(instant, 'precise')}}.
 */
public interface Moments {

    /** Day and time, e.g. "15 Jan 2027, 12:04 JST". */
    String format(Instant moment);

    /** In one of the bundle's styles: {@code default}, {@code precise} (with seconds), {@code weekday}. */
    String format(Instant moment, String style);

    /** For a mail: in the recipient's zone. */
    String forRecipient(Instant moment, String recipientEmail);

    /** The time zone of the signed-in person; the organisation's default outside a request or when signed out. */
    ZoneId zone();
}
