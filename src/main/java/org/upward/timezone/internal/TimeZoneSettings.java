package org.upward.timezone.internal;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;
import org.upward.shared.InvalidFieldException;
import org.upward.startup.MissingSettingException;

/** Which time zone a person sees moments in: their own choice, or the organisation's default. */
@Service
class TimeZoneSettings {

    /** The field a person's zone is sent in, on the page and in the error. */
    public static final String FIELD = "timeZone";

    private static final Pattern REGION =
            Pattern.compile("(Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific)/.+");

    /** The zones a person can choose: the regions' ids, sorted, and UTC. */
    private static final List<String> CHOICES = choicesOf(ZoneId.getAvailableZoneIds());

    private final JdbcTemplate jdbc;
    private final MessageSource messages;
    private final ZoneId organisationDefault;

    TimeZoneSettings(JdbcTemplate jdbc, MessageSource messages, @Value("${upward.time-zone:}") String configured) {
        this.jdbc = jdbc;
        this.messages = messages;
        this.organisationDefault = organisationDefault(configured);
    }

    /** {@code upward.time-zone}, or the server's zone when it is not set. */
    public ZoneId organisationDefault() {
        return organisationDefault;
    }

    public List<String> choices() {
        return CHOICES;
    }

    /** The zone the person chose; empty when they kept the organisation's default (or have no account). */
    @Transactional(readOnly = true)
    public Optional<ZoneId> chosenBy(String email) {
        return jdbc
                .queryForList(
                        "select a.time_zone from account a join person p on p.id = a.person_id"
                                + " where p.email = lower(?) and a.time_zone is not null",
                        String.class,
                        email)
                .stream()
                .findFirst()
                .map(ZoneId::of);
    }

    /** The zone to show this person moments in. */
    public ZoneId zoneOf(String email) {
        return chosenBy(email).orElse(organisationDefault);
    }

    /**
     * Saves the person's zone; blank goes back to the organisation's default. An unknown zone is refused with a
     * field message and nothing is saved.
     */
    @Transactional
    public Optional<ZoneId> choose(String email, String zone) {
        String chosen = StringUtils.hasText(zone) ? zone.trim() : null;
        if (chosen != null && !CHOICES.contains(chosen)) {
            throw new InvalidFieldException(
                    FIELD,
                    messages.getMessage(
                            "timezone.error.unknown",
                            new Object[] {abbreviated(chosen)},
                            LocaleContextHolder.getLocale()));
        }
        jdbc.update(
                "update account set time_zone = ? where person_id = (select id from person where email = lower(?))",
                chosen,
                email);
        return Optional.ofNullable(chosen).map(ZoneId::of);
    }

    static List<String> choicesOf(Set<String> available) {
        return available.stream()
                .filter(id -> REGION.matcher(id).matches() || id.equals("UTC"))
                .sorted()
                .toList();
    }

    private static ZoneId organisationDefault(String configured) {
        if (!StringUtils.hasText(configured)) {
            return ZoneId.systemDefault();
        }
        try {
            return ZoneId.of(configured.trim());
        } catch (DateTimeException unknown) {
            throw new MissingSettingException(
                    "The setting upward.time-zone is \"" + configured + "\", which is not a time zone.",
                    "Set UPWARD_TIME_ZONE to a region such as Europe/Paris, or leave it empty for the server's zone.");
        }
    }

    /** Echoes what was sent, cut short so a long value does not flood the message. */
    private static String abbreviated(String value) {
        return value.length() <= 64 ? value : value.substring(0, 64) + "…";
    }
}
