package org.upward.timezone.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.upward.sessions.ActivePair;
import org.upward.startup.MissingSettingException;
import org.upward.support.IntegrationTest;

/** Everyone sees the same moment in their own time zone, chosen on their time zone page. */
class TimeZoneTest extends IntegrationTest {

    private static final Instant NOTICE_AT = Instant.parse("2026-01-15T03:04:05Z");

    @Autowired
    private TimeZoneSettings settings;

    @Autowired
    private MessageSource messages;

    private ActivePair pair;
    private Cookie tokyo;
    private Cookie newYork;

    @BeforeEach
    void twoPartnersInTwoZones() throws Exception {
        pair = ActivePair.create(mvc, "2025-01-06", 2);
        tokyo = logIn(pair.mentor, ActivePair.PASSWORD);
        newYork = logIn(pair.mentee, ActivePair.PASSWORD);
        choose(tokyo, "Asia/Tokyo").andExpect(redirectedUrl("/account/time-zone"));
        choose(newYork, "America/New_York").andExpect(redirectedUrl("/account/time-zone"));
    }

    private org.springframework.test.web.servlet.ResultActions choose(Cookie who, String zone) throws Exception {
        return mvc.perform(post("/account/time-zone").cookie(who).with(csrf()).param("timeZone", zone));
    }

    private String page(Cookie who, String path) throws Exception {
        return page(who, get(path));
    }

    private String page(Cookie who, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.cookie(who))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private String zoneOf(String email) {
        return jdbc.queryForObject(
                "select a.time_zone from account a join person p on p.id = a.person_id where p.email = ?",
                String.class,
                email);
    }

    private void notice(String email, String subject) {
        jdbc.update(
                "insert into notification (person_id, kind, subject, text, link, created_at)"
                        + " select id, 'NEW_PAIR', ?, 'text', '/notifications', ? from person where email = ?",
                subject,
                Timestamp.from(NOTICE_AT),
                email);
    }

    @Test
    void theSameNotificationShowsInEachPersonsZone() throws Exception {
        notice(pair.mentor, "Tokyo notice " + pair.run);
        notice(pair.mentee, "New York notice " + pair.run);

        assertThat(page(tokyo, "/notifications")).contains("15 Jan 2026, 12:04 JST");
        assertThat(page(newYork, "/notifications")).contains("14 Jan 2026, 22:04 EST");
    }

    @Test
    void theSamePlannedMeetingShowsInEachPartnersZoneWithTheZoneItWasPlannedIn() throws Exception {
        pair.as(
                        pair.mentor,
                        post("/api/v1/pairs/" + pair.pairId + "/planned-sessions")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"date\": \"2027-07-01\", \"startTime\": \"12:30\", \"timeZone\":"
                                        + " \"Europe/Paris\", \"durationMinutes\": 45, \"format\": \"VIDEO\"}"))
                .andExpect(status().isCreated());
        String path = "/participant/pairs/" + pair.pairId;

        assertThat(page(tokyo, path))
                .contains("Thu 1 Jul 2027, 19:30 JST", "(12:30 in Europe/Paris, as planned)")
                // a new meeting is planned in the planner's own zone unless they change it
                .contains("name=\"timeZone\" value=\"Asia/Tokyo\"");
        assertThat(page(newYork, path)).contains("Thu 1 Jul 2027, 06:30 EDT", "(12:30 in Europe/Paris, as planned)");
    }

    @Test
    void theSameAuditEntryShowsInEachAdminsZoneAndTheDayFilterUsesTheirDays() throws Exception {
        for (String person : new String[] {pair.mentor, pair.mentee}) {
            pair.admin(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(
                                    "/api/v1/people/" + person + "/roles")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"roles\": [\"ADMIN\"]}"))
                    .andExpect(status().isOk());
        }
        String actor = "auditor-" + pair.run + "@example.com";
        jdbc.update(
                "insert into audit_entry (occurred_at, actor_name, actor_email, action, subject_type, summary)"
                        + " values (?, 'Auditor', ?, 'PEOPLE_IMPORTED', 'PEOPLE', 'Imported people')",
                Timestamp.from(NOTICE_AT),
                actor);
        // roles are read at login
        tokyo = logIn(pair.mentor, ActivePair.PASSWORD);
        newYork = logIn(pair.mentee, ActivePair.PASSWORD);

        assertThat(page(tokyo, get("/admin/audit").param("actor", actor))).contains("15 Jan 2026, 12:04:05 JST");
        assertThat(page(newYork, get("/admin/audit").param("actor", actor))).contains("14 Jan 2026, 22:04:05 EST");

        // the 14th is a day of New York's, not of Tokyo's
        String the14th = "/admin/audit?actor=" + actor + "&from=2026-01-14&to=2026-01-14";
        assertThat(page(newYork, the14th)).contains("Imported people");
        assertThat(page(tokyo, the14th)).doesNotContain("Imported people");
    }

    @Test
    void anUnknownZoneIsRefusedWithAFieldMessageAndNothingIsSaved() throws Exception {
        String refused = mvc.perform(
                        post("/account/time-zone").cookie(tokyo).with(csrf()).param("timeZone", "Mars/Olympus_Mons"))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(refused)
                .contains("is-invalid", "id=\"timeZone-error\"")
                .contains("&quot;Mars/Olympus_Mons&quot; is not a time zone we know");
        assertThat(zoneOf(pair.mentor)).isEqualTo("Asia/Tokyo");
        // an offset is a zone to java.time, but not one of the regions offered
        choose(tokyo, "+09:00").andExpect(status().isUnprocessableContent());
        assertThat(zoneOf(pair.mentor)).isEqualTo("Asia/Tokyo");
    }

    @Test
    void thePageShowsTheChoiceAndAnEmptyChoiceGoesBackToTheOrganisationsDefault() throws Exception {
        assertThat(page(tokyo, "/account/time-zone"))
                .contains("<option value=\"Asia/Tokyo\" selected=\"selected\">Asia/Tokyo</option>")
                .contains("data-unset=\"false\"")
                .contains("Times are now shown in Asia/Tokyo");

        choose(tokyo, "").andExpect(redirectedUrl("/account/time-zone"));

        assertThat(zoneOf(pair.mentor)).isNull();
        String organisation = settings.organisationDefault().getId();
        assertThat(page(tokyo, "/account/time-zone"))
                .contains("data-unset=\"true\"", "Times are now shown in " + organisation)
                .contains("The organisation&#39;s default (" + organisation + ")")
                .contains("<script src=\"/js/time-zone.js\"></script>");
    }

    @Test
    void withoutAChoiceMomentsAreShownInTheOrganisationsZone() throws Exception {
        notice(pair.outsider, "Outsider notice " + pair.run);
        assertThat(zoneOf(pair.outsider)).isNull();
        // upward.time-zone is not set in the tests: the organisation's zone is the server's
        assertThat(settings.organisationDefault()).isEqualTo(ZoneId.systemDefault());
        String serverTime = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm z", Locale.ENGLISH)
                .format(NOTICE_AT.atZone(ZoneId.systemDefault()));
        assertThat(page(logIn(pair.outsider, ActivePair.PASSWORD), "/notifications"))
                .contains(serverTime);

        // with upward.time-zone set, it is that zone; a person's own choice still wins (e.g. in their mails)
        var auckland = new TimeZoneSettings(jdbc, messages, "Pacific/Auckland");
        var moments = new ZonedMoments(auckland, messages);
        assertThat(auckland.zoneOf(pair.outsider)).isEqualTo(ZoneId.of("Pacific/Auckland"));
        assertThat(moments.forRecipient(NOTICE_AT, pair.outsider)).isEqualTo("15 Jan 2026, 16:04 NZDT");
        assertThat(moments.forRecipient(NOTICE_AT, pair.mentor)).isEqualTo("15 Jan 2026, 12:04 JST");
    }

    @Test
    void anUnknownOrganisationZoneStopsTheStartWithWhatToSet() {
        assertThatThrownBy(() -> new TimeZoneSettings(jdbc, messages, "Europe/Atlantis"))
                .isInstanceOf(MissingSettingException.class)
                .hasMessageContaining("upward.time-zone")
                .hasMessageContaining("UPWARD_TIME_ZONE");
    }
}
