package org.upward.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.upward.support.FlashMatchers.flashSuccess;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.upward.support.IntegrationTest;

/** Planning meetings (the first is the intro chat), their .ics invites, who may see them, and "log it". */
class PlannedSessionTest extends IntegrationTest {

    private final LocalDate nextWeek = LocalDate.now(ZoneOffset.UTC).plusWeeks(1);
    private ActivePair pair;
    private String api;

    @BeforeEach
    void approvedPair() throws Exception {
        pair = ActivePair.approvedOnly(mvc, "2025-01-06", 2);
        api = "/api/v1/pairs/" + pair.pairId + "/planned-sessions";
    }

    private String body(LocalDate date, String time, String zone, String agenda) {
        return "{\"date\": \"" + date + "\", \"startTime\": \"" + time + "\", \"timeZone\": \"" + zone
                + "\", \"durationMinutes\": 45, \"format\": \"VIDEO\", \"videoLink\": \"https://meet.example.com/"
                + pair.run + "\", \"agenda\": \"" + agenda + "\"}";
    }

    private long plan(String who, String body) throws Exception {
        return ActivePair.id(
                pair.as(who, post(api).contentType(MediaType.APPLICATION_JSON).content(body))
                        .andExpect(status().isCreated()));
    }

    private String ics(org.springframework.test.web.servlet.ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theFirstMeetingOfAnApprovedPairIsTheIntroChatAndItsInviteSaysSo() throws Exception {
        long intro = plan(pair.mentee, body(nextWeek, "12:30", "Europe/Paris", "Who we are, what we hope for"));
        long next = plan(pair.mentor, body(nextWeek.plusWeeks(2), "09:00", "UTC", "Prompts"));
        pair.as(pair.mentor, get(api))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items[0].id").value(intro))
                .andExpect(jsonPath("$.items[0].introChat").value(true))
                .andExpect(jsonPath("$.items[0].startTime").value("12:30:00"))
                .andExpect(jsonPath("$.items[1].introChat").value(false));

        var download = pair.as(pair.mentor, get(api + "/" + intro + ".ics"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", Matchers.startsWith("text/calendar")))
                .andExpect(header().string(
                                "Content-Disposition", Matchers.containsString("intro-chat-" + nextWeek + ".ics")));
        String invite = ics(download).replace("\r\n ", "");
        // 12:30 in Paris is 11:30 or 10:30 UTC depending on summer time
        String utcStart = nextWeek.atTime(12, 30)
                .atZone(java.time.ZoneId.of("Europe/Paris"))
                .withZoneSameInstant(ZoneOffset.UTC)
                .toLocalDateTime()
                .format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss"));
        assertThat(invite)
                .contains("SUMMARY:Intro chat with Eve Mentee " + pair.run + "\r\n")
                .contains("DTSTART:" + utcStart + "Z\r\n")
                .contains("DESCRIPTION:Agenda:\\nWho we are\\, what we hope for")
                .contains("https://meet.example.com/" + pair.run)
                .contains(":mailto:" + pair.mentor + "\r\n", ":mailto:" + pair.mentee + "\r\n")
                .contains("ORGANIZER;CN=\"Eve Mentee " + pair.run + "\":mailto:" + pair.mentee);
        String uid =
                invite.lines().filter(l -> l.startsWith("UID:")).findFirst().orElseThrow();
        // the same UID on every download, from either side
        assertThat(ics(pair.as(pair.mentee, get(api + "/" + intro + ".ics")))).contains(uid + "\r\n");
        assertThat(ics(pair.as(pair.mentee, get(api + "/" + intro + ".ics"))))
                .contains("SUMMARY:Intro chat with Mia Mentor " + pair.run);
        assertThat(ics(pair.as(pair.mentor, get(api + "/" + next + ".ics"))))
                .contains("SUMMARY:Mentoring session with Eve Mentee " + pair.run)
                .doesNotContain(uid);
    }

    @Test
    void onlyThePartnersAndAdminsReadInvitesAndOnlyPartnersPlanOrCancel() throws Exception {
        long meeting = plan(pair.mentor, body(nextWeek, "12:30", "UTC", "Intro"));
        String ics = api + "/" + meeting + ".ics";
        pair.as(pair.outsider, get(ics)).andExpect(status().isForbidden());
        pair.as(pair.outsider, get(api)).andExpect(status().isForbidden());
        pair.as(pair.outsider, delete(api + "/" + meeting)).andExpect(status().isForbidden());
        pair.as(
                        pair.outsider,
                        post(api).contentType(MediaType.APPLICATION_JSON).content(body(nextWeek, "10:00", "UTC", "x")))
                .andExpect(status().isForbidden());
        mvc.perform(
                        get(ics).with(org.springframework.security.test.web.servlet.request
                                .SecurityMockMvcRequestPostProcessors.httpBasic(EXECUTIVE, DEMO_PASSWORD)))
                .andExpect(status().isForbidden());
        pair.admin(get(ics)).andExpect(status().isOk());
        pair.admin(post(api).contentType(MediaType.APPLICATION_JSON).content(body(nextWeek, "10:00", "UTC", "x")))
                .andExpect(status().isForbidden());
        pair.as(pair.mentor, get(api + "/999999999.ics")).andExpect(status().isNotFound());
        pair.admin(get("/api/v1/pairs/999999999/planned-sessions/" + meeting + ".ics"))
                .andExpect(status().isNotFound());

        // the page route: the partners and admins, by session cookie
        String page = "/pairs/" + pair.pairId + "/planned/" + meeting + ".ics";
        mvc.perform(get(page).cookie(logIn(pair.mentee, ActivePair.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", Matchers.startsWith("text/calendar")));
        mvc.perform(get(page).cookie(logIn(ADMIN))).andExpect(status().isOk());
        mvc.perform(get(page).cookie(logIn(pair.outsider, ActivePair.PASSWORD))).andExpect(status().isForbidden());
        mvc.perform(get(page).cookie(logIn(EXECUTIVE))).andExpect(status().isForbidden());

        pair.as(pair.mentee, delete(api + "/" + meeting)).andExpect(status().isNoContent());
        pair.as(pair.mentee, get(ics)).andExpect(status().isNotFound());
    }

    @Test
    void aMeetingInThePastOrAnUnknownZoneIsRefusedAndNothingIsStored() throws Exception {
        pair.as(
                        pair.mentor,
                        post(api)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(body(LocalDate.now(ZoneOffset.UTC).minusDays(1), "12:00", "UTC", "x")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("startTime"));
        pair.as(
                        pair.mentor,
                        post(api)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(body(nextWeek, "12:00", "Mars/Olympus", "x")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("timeZone"));
        pair.as(pair.mentor, post(api).contentType(MediaType.APPLICATION_JSON).content("{\"format\": \"VIDEO\"}"))
                .andExpect(status().isUnprocessableContent());
        assertThat(jdbc.queryForObject(
                        "select count(*) from planned_session where pair_id = ?", Integer.class, pair.pairId))
                .isZero();
    }

    @Test
    void thePairPageInvitesToPlanTheIntroChatThenOffersTheInviteAndLogItOnceItHappened() throws Exception {
        Cookie mentor = logIn(pair.mentor, ActivePair.PASSWORD);
        String pagePath = "/participant/pairs/" + pair.pairId;
        assertThat(page(mentor, pagePath)).contains("plan your intro chat", "Plan your intro chat");
        mvc.perform(post(pagePath + "/planned")
                        .cookie(mentor)
                        .with(csrf())
                        .param("date", nextWeek.toString())
                        .param("startTime", "12:30")
                        .param("timeZone", "UTC")
                        .param("durationMinutes", "40")
                        .param("format", "IN_PERSON")
                        .param("place", "Canteen, 2nd floor")
                        .param("agenda", "Getting to know each other"))
                .andExpect(status().isFound())
                .andExpect(flashSuccess("sessions.planned.saved"));
        long meeting = jdbc.queryForObject("select id from planned_session where pair_id = ?", Long.class, pair.pairId);
        String page = page(mentor, pagePath);
        assertThat(page)
                .contains("Intro chat", "Canteen, 2nd floor", "Add to calendar (.ics)")
                .contains("/pairs/" + pair.pairId + "/planned/" + meeting + ".ics")
                .doesNotContain("plan your intro chat");

        // it happened: the meeting is in the past and the pair active (not before: the intro chat can't be
        // marked held before it was planned to happen), so "log it" prefills the form
        LocalDate yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1);
        jdbc.update(
                "update planned_session set starts_at = ? where id = ?",
                java.sql.Timestamp.from(yesterday.atTime(12, 30).toInstant(ZoneOffset.UTC)),
                meeting);
        pair.admin(post("/api/v1/pairs/" + pair.pairId + "/activate")).andExpect(status().isOk());
        pair.pairedOn(jdbc, yesterday.minusDays(7).toString());
        assertThat(page(mentor, pagePath)).contains("plan=" + meeting);
        String prefilled = page(mentor, pagePath + "?plan=" + meeting);
        assertThat(prefilled)
                .contains("value=\"" + yesterday + "\"", "value=\"40\"", "Getting to know each other")
                .contains("name=\"plannedId\" value=\"" + meeting + "\"");
        mvc.perform(post(pagePath + "/sessions")
                        .cookie(mentor)
                        .with(csrf())
                        .param("date", yesterday.toString())
                        .param("durationMinutes", "40")
                        .param("format", "IN_PERSON")
                        .param("notes", "Getting to know each other")
                        .param("plannedId", String.valueOf(meeting)))
                .andExpect(status().isFound())
                .andExpect(flashSuccess("sessions.logged"));
        Long logged = jdbc.queryForObject("select session_id from planned_session where id = ?", Long.class, meeting);
        assertThat(logged)
                .isEqualTo(jdbc.queryForObject(
                        "select id from mentoring_session where pair_id = ?", Long.class, pair.pairId));
        assertThat(page(mentor, pagePath)).doesNotContain("plan=" + meeting);
        // another pair's partner can't prefill from this meeting
        mvc.perform(get(pagePath + "?plan=" + meeting).cookie(logIn(pair.outsider, ActivePair.PASSWORD)))
                .andExpect(status().isForbidden());
    }

    private String page(Cookie who, String path) throws Exception {
        return mvc.perform(get(path).cookie(who))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
