package org.upward.timezone.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.upward.timezone.Moments;

/**
 * Formats a moment for people: in the signed-in person's time zone (looked up once per request), with the
 * zone's abbreviation so it is never ambiguous, in a pattern from the message bundle ({@code timezone.moment.pattern.*}).
 * Templates call it as {@code ${@moments.format(instant)}} or {@code ${@moments.format(instant, 'precise')}}.
 */
@Component("moments")
class ZonedMoments implements Moments {

    private static final String ZONE_OF_REQUEST = Moments.class.getName() + ".zone";

    /** Mails are written in English, whatever the sender's browser asked for. */
    private static final Locale MAIL_LOCALE = Locale.ENGLISH;

    private final TimeZoneSettings settings;
    private final MessageSource messages;

    ZonedMoments(TimeZoneSettings settings, MessageSource messages) {
        this.settings = settings;
        this.messages = messages;
    }

    /** Day and time, e.g. "15 Jan 2027, 12:04 JST". */
    public String format(Instant moment) {
        return format(moment, "default");
    }

    /** In one of the bundle's styles: {@code default}, {@code precise} (with seconds), {@code weekday}. */
    public String format(Instant moment, String style) {
        return format(moment, style, zone(), LocaleContextHolder.getLocale());
    }

    /** For a mail: in the recipient's zone. */
    public String forRecipient(Instant moment, String recipientEmail) {
        return format(moment, "default", settings.zoneOf(recipientEmail), MAIL_LOCALE);
    }

    /** The time zone of the signed-in person; the organisation's default outside a request or when signed out. */
    public ZoneId zone() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return lookUp();
        }
        if (request.getAttribute(ZONE_OF_REQUEST, RequestAttributes.SCOPE_REQUEST) instanceof ZoneId known) {
            return known;
        }
        ZoneId zone = lookUp();
        request.setAttribute(ZONE_OF_REQUEST, zone, RequestAttributes.SCOPE_REQUEST);
        return zone;
    }

    private ZoneId lookUp() {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn == null || !signedIn.isAuthenticated() || signedIn instanceof AnonymousAuthenticationToken) {
            return settings.organisationDefault();
        }
        return settings.zoneOf(signedIn.getName());
    }

    private String format(Instant moment, String style, ZoneId zone, Locale locale) {
        if (moment == null) {
            return "";
        }
        String pattern = messages.getMessage("timezone.moment.pattern." + style, null, locale);
        return DateTimeFormatter.ofPattern(pattern, locale).format(moment.atZone(zone));
    }
}
