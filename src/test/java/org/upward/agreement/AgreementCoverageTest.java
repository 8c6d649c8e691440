package org.upward.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.upward.sessions.ActivePair;
import org.upward.support.IntegrationTest;

/**
 * Two weeks after a pair became active, the admins see it on their to-do and the agreements page if its agreement
 * is not confirmed by both; executives see only the share of active pairs with one, never the agreements.
 */
class AgreementCoverageTest extends IntegrationTest {

    private static final String ONE_GOAL =
            "[{\"statement\": \"Use an AI assistant weekly\", \"objectiveIndex\": 0, \"status\": \"OPEN\"}]";

    @Autowired
    private AgreementCoverage coverage;

    private ActivePair pairs;
    private Cookie admin;

    @BeforeEach
    void twoActivePairs() throws Exception {
        pairs = ActivePair.twoPairs(mvc, "2025-01-06", 2);
        pairs.startProgram();
        admin = logIn(ADMIN, DEMO_PASSWORD);
    }

    private void activeSince(long pairId, int daysAgo) {
        jdbc.update(
                "update mentoring_pair set activated_at = now() - make_interval(days => ?) where id = ?",
                daysAgo,
                pairId);
    }

    private void writeAndConfirm(long pairId, String... confirmers) throws Exception {
        String api = "/api/v1/pairs/" + pairId + "/agreement";
        String body = "{\"text\": \"We meet and learn\", \"goals\": " + ONE_GOAL + ", \"version\": 0}";
        pairs.as(confirmers[0], put(api).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk());
        for (String who : confirmers) {
            pairs.as(who, post(api + "/confirm")).andExpect(status().isOk());
        }
    }

    @Test
    void activatingAPairRecordsWhen() {
        assertThat(jdbc.queryForObject(
                        "select count(*) from mentoring_pair where program_id = ? and status = 'ACTIVE'"
                                + " and activated_at is not null",
                        Integer.class,
                        pairs.programId))
                .isEqualTo(2);
    }

    @Test
    void aPairWithoutAConfirmedAgreementTwoWeeksInIsOnTheAdminsToDo() throws Exception {
        activeSince(pairs.pairId, 13);
        activeSince(pairs.secondPairId, 13);
        assertThat(coverage.of(pairs.programId)).isEqualTo(new AgreementCoverage.Coverage(2, 0, 0));

        activeSince(pairs.pairId, 15);
        activeSince(pairs.secondPairId, 20);
        // one partner confirming is not enough; both partners of the second pair confirm
        writeAndConfirm(pairs.pairId, pairs.mentor);
        writeAndConfirm(pairs.secondPairId, pairs.outsider, pairs.secondMentee);
        assertThat(coverage.of(pairs.programId)).isEqualTo(new AgreementCoverage.Coverage(2, 1, 1));

        mvc.perform(get("/admin").cookie(admin))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(Matchers.containsString(
                                "one pair has no confirmed agreement two weeks after starting")))
                .andExpect(content()
                        .string(Matchers.containsString(
                                "/admin/programs/" + pairs.programId + "/agreements?overdue=true")));
        mvc.perform(get("/admin/programs/" + pairs.programId + "/agreements")
                        .param("overdue", "true")
                        .cookie(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("pair-" + pairs.pairId)))
                .andExpect(content().string(Matchers.not(Matchers.containsString("pair-" + pairs.secondPairId))))
                .andExpect(content().string(Matchers.containsString("Waiting for")))
                .andExpect(content()
                        .string(Matchers.containsString("2 active pairs: 1 with a confirmed agreement, 1 late")));
        mvc.perform(get("/admin/programs/" + pairs.programId + "/agreements").cookie(admin))
                .andExpect(content().string(Matchers.containsString("pair-" + pairs.secondPairId)))
                .andExpect(content().string(Matchers.containsString("Confirmed by both")));
    }

    @Test
    void executivesSeeTheShareOnlyAndNoAgreement() throws Exception {
        writeAndConfirm(pairs.pairId, pairs.mentor, pairs.mentee);
        Cookie executive = logIn(EXECUTIVE, DEMO_PASSWORD);
        mvc.perform(get("/admin/programs/" + pairs.programId + "/agreements").cookie(executive))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/pairs/" + pairs.pairId + "/agreement").with(httpBasic(EXECUTIVE, DEMO_PASSWORD)))
                .andExpect(status().isForbidden());
        // two pairs are four people, under the smallest group shown: the share is hidden, never 50 %
        mvc.perform(get("/impact/programs/" + pairs.programId).cookie(executive))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Active pairs with a confirmed agreement")))
                .andExpect(content().string(Matchers.not(Matchers.containsString(">50 %<"))));

        // a third active pair (six people): now the share is shown, one of three; the demo's mentor and mentee
        // lend themselves to it, and are given back, since other tests expect them in the running demo program only
        long third = jdbc.queryForObject(
                "insert into mentoring_pair (program_id, mentor_id, mentee_id, score, breakdown, explanation, status,"
                        + " created_at, updated_at, activated_at)"
                        + " select ?, (select id from person where email = ?), (select id from person where email = ?),"
                        + " 50, '{}', 'by hand', 'ACTIVE', now(), now(), now() returning id",
                Long.class,
                pairs.programId,
                MENTOR,
                MENTEE);
        try {
            mvc.perform(get("/impact/programs/" + pairs.programId).cookie(executive))
                    .andExpect(status().isOk())
                    .andExpect(content().string(Matchers.containsString("33.33")));
        } finally {
            jdbc.update("delete from mentoring_pair where id = ?", third);
        }
    }
}
