package org.upward.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.upward.sessions.ActivePair;
import org.upward.support.IntegrationTest;

/** The features tell people what happened: a new pair, a session logged by the partner, a flagged pair. */
class NoticeEventsTest extends IntegrationTest {

    private ActivePair pair;

    @BeforeEach
    void activePair() throws Exception {
        pair = ActivePair.create(mvc, "2025-01-06", 2);
    }

    private static String session(LocalDate date) {
        return "{\"date\": \"" + date + "\", \"durationMinutes\": 45, \"format\": \"VIDEO\","
                + " \"skillsCovered\": [\"AI assistants\"], \"notes\": \"Prompts\", \"actionItems\": \"\"}";
    }

    @Test
    void approvingAPairTellsBothPartnersAndNobodyElse() {
        assertThat(Notices.count(jdbc, pair.mentor, NoticeKind.NEW_PAIR)).isEqualTo(1);
        assertThat(Notices.count(jdbc, pair.mentee, NoticeKind.NEW_PAIR)).isEqualTo(1);
        assertThat(Notices.count(jdbc, pair.outsider, NoticeKind.NEW_PAIR)).isZero();
        assertThat(Notices.linkOf(jdbc, pair.mentee, NoticeKind.NEW_PAIR))
                .isEqualTo("/participant/pairs/" + pair.pairId);
        assertThat(jdbc.queryForObject(
                        "select n.subject from notification n join person p on p.id = n.person_id"
                                + " where p.email = ? and n.kind = 'NEW_PAIR'",
                        String.class,
                        pair.mentee))
                .isEqualTo("You are paired with Mia Mentor " + pair.run);
    }

    @Test
    void aSessionLoggedByOnePartnerTellsTheOtherOnly() throws Exception {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        pair.as(
                        pair.mentor,
                        post("/api/v1/pairs/" + pair.pairId + "/sessions")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(session(today)))
                .andExpect(status().isCreated());
        assertThat(Notices.count(jdbc, pair.mentee, NoticeKind.SESSION_LOGGED)).isEqualTo(1);
        assertThat(Notices.count(jdbc, pair.mentor, NoticeKind.SESSION_LOGGED)).isZero();
        assertThat(Notices.linkOf(jdbc, pair.mentee, NoticeKind.SESSION_LOGGED))
                .isEqualTo("/participant/pairs/" + pair.pairId);

        pair.as(
                        pair.mentee,
                        post("/api/v1/pairs/" + pair.pairId + "/sessions")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(session(today.plusDays(3))))
                .andExpect(status().isUnprocessableContent());
        assertThat(Notices.count(jdbc, pair.mentor, NoticeKind.SESSION_LOGGED))
                .as("a refused log tells nobody")
                .isZero();
    }

    @Test
    void aPartnerFlaggingThePairTellsTheAdmins() throws Exception {
        long before = Notices.count(jdbc, ADMIN, NoticeKind.PAIR_FLAGGED);
        pair.as(
                        pair.mentee,
                        post("/api/v1/pairs/" + pair.pairId + "/flag")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"note\": \"We never find a time\"}"))
                .andExpect(status().isOk());
        assertThat(Notices.count(jdbc, ADMIN, NoticeKind.PAIR_FLAGGED)).isEqualTo(before + 1);
        assertThat(Notices.linkOf(jdbc, ADMIN, NoticeKind.PAIR_FLAGGED))
                .isEqualTo("/admin/programs/" + pair.programId + "/pairing");
        assertThat(jdbc.queryForObject(
                        "select n.text from notification n join person p on p.id = n.person_id"
                                + " where p.email = ? and n.kind = 'PAIR_FLAGGED' order by n.id desc limit 1",
                        String.class,
                        ADMIN))
                .contains("Eve Mentee " + pair.run, "We never find a time");
        assertThat(Notices.count(jdbc, pair.mentee, NoticeKind.PAIR_FLAGGED)).isZero();
        assertThat(Notices.count(jdbc, pair.mentor, NoticeKind.PAIR_FLAGGED)).isZero();

        pair.admin(post("/api/v1/pairs/" + pair.pairId + "/flag")).andExpect(status().isOk());
        assertThat(Notices.count(jdbc, ADMIN, NoticeKind.PAIR_FLAGGED))
                .as("the admin who flags is not told about their own flag")
                .isEqualTo(before + 1);
    }
}
