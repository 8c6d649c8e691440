package org.upward.impact.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.upward.support.IntegrationTest;

/** The dashboard of the demo pilot: figures from SQL, suppression, CSV, and who may read it. */
class ImpactDashboardTest extends IntegrationTest {

    private long pilot;
    private long enrolling;

    @BeforeEach
    void findDemoPrograms() {
        pilot = jdbc.queryForObject(
                "select id from program where status = 'COMPLETED' order by id limit 1", Long.class);
        enrolling = jdbc.queryForObject(
                "select id from program where status in ('ENROLLING', 'MATCHING') order by id limit 1", Long.class);
    }

    @Test
    void thePilotsFiguresMatchItsData() throws Exception {
        long activePairs = jdbc.queryForObject(
                "select count(*) from mentoring_pair where program_id = ? and status = 'ACTIVE'", Long.class, pilot);
        long sessions = jdbc.queryForObject(
                "select count(*) from mentoring_session s join mentoring_pair p on p.id = s.pair_id"
                        + " where p.program_id = ? and p.status in ('ACTIVE', 'DISSOLVED')",
                Long.class,
                pilot);
        double feedback = jdbc.queryForObject(
                "select avg(f.rating) from session_feedback f join mentoring_session s on s.id = f.session_id"
                        + " join mentoring_pair p on p.id = s.pair_id where p.program_id = ?",
                Double.class,
                pilot);
        String json = mvc.perform(
                        get("/api/v1/programs/" + pilot + "/impact").with(httpBasic(EXECUTIVE, DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.minimumGroupSize").value(5))
                .andExpect(jsonPath("$.participation.activePairs.value").value((double) activePairs))
                .andExpect(jsonPath("$.engagement.sessions.value").value((double) sessions))
                .andExpect(jsonPath("$.engagement.feedbackAverage.value").value(Matchers.closeTo(feedback, 0.005)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<Double> buckets = JsonPath.read(json, "$.engagement.sessionsPerPairPerMonth.buckets[*].pairs.value");
        long pairsWithSessionsOrNot = jdbc.queryForObject(
                "select count(*) from mentoring_pair where program_id = ? and status in ('ACTIVE', 'DISSOLVED')",
                Long.class,
                pilot);
        if (!buckets.contains(null)) {
            assertThat(buckets.stream().mapToDouble(Double::doubleValue).sum()).isEqualTo(pairsWithSessionsOrNot);
        }
    }

    @Test
    void thePilotsParticipantsStayedMoreThanEveryoneElse() throws Exception {
        String json = mvc.perform(get("/api/v1/programs/" + pilot + "/impact").with(httpBasic(ADMIN, DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        double participants = JsonPath.read(json, "$.retention.periods[0].participants.retainedPercent.value");
        double others = JsonPath.read(json, "$.retention.periods[0].others.retainedPercent.value");
        // the demo's leavers are all outside the pilot; people other tests add never leave
        assertThat(participants).isEqualTo(100.0);
        assertThat(others).isLessThan(100.0);
        // period and bucket names are data values: English in the API whatever the page's language
        assertThat((String) JsonPath.read(json, "$.retention.periods[0].name")).isEqualTo("during the program");
        assertThat(json).doesNotContain("shownName").doesNotContain("shownLabel");
    }

    @Test
    void thePilotShowsClearGrowthOnSomeSkillsNoneOnTikTokAndTheCultureByWave() throws Exception {
        String json = mvc.perform(
                        get("/api/v1/programs/" + pilot + "/impact").with(httpBasic(EXECUTIVE, DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<Boolean> aiClear =
                JsonPath.read(json, "$.skillGrowth[?(@.skill == 'AI assistants' && @.side == 'MENTEE')].clear");
        List<Boolean> tikTokClear =
                JsonPath.read(json, "$.skillGrowth[?(@.skill == 'TikTok' && @.side == 'MENTEE')].clear");
        List<Number> aiWilcoxon =
                JsonPath.read(json, "$.skillGrowth[?(@.skill == 'AI assistants' && @.side == 'MENTEE')].wilcoxonP");
        assertThat(aiClear).containsExactly(true);
        assertThat(tikTokClear).containsExactly(false);
        assertThat(aiWilcoxon.get(0).doubleValue()).isBetween(0.0, 0.05);
        List<String> waves = JsonPath.read(json, "$.culture[*].wave");
        assertThat(waves).containsExactly("BASELINE", "MONTH_6", "MONTH_12");
        List<Boolean> participantsSuppressed =
                JsonPath.read(json, "$.culture[*].groups[?(@.group == 'PARTICIPANT')].suppressed");
        assertThat(participantsSuppressed).containsOnly(false);

        mvc.perform(get("/impact/programs/" + pilot).cookie(logIn(EXECUTIVE)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("AI assistants: mentees improved by")))
                .andExpect(content().string(Matchers.containsString("which is no clear change")))
                .andExpect(content().string(Matchers.containsString("Satisfaction index (%)")));
        mvc.perform(get("/api/v1/programs/" + pilot + "/impact/skill-growth.csv")
                        .with(httpBasic(EXECUTIVE, DEMO_PASSWORD)))
                .andExpect(content().string(Matchers.containsString("AI assistants,MENTEE,")));
        mvc.perform(get("/api/v1/programs/" + pilot + "/impact/culture.csv").with(httpBasic(EXECUTIVE, DEMO_PASSWORD)))
                .andExpect(content().string(Matchers.containsString("MONTH_12,PARTICIPANT,")));
    }

    @Test
    void figuresFromFewerThanFivePeopleAreNullAndMarkedSuppressed() throws Exception {
        // the enrolling demo program has no pairs: nothing about sessions or feedback may be shown
        mvc.perform(get("/api/v1/programs/" + enrolling + "/impact").with(httpBasic(ADMIN, DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.engagement.feedbackAverage.value").value(Matchers.nullValue()))
                .andExpect(jsonPath("$.engagement.feedbackAverage.suppressed").value(true))
                .andExpect(jsonPath("$.engagement.score.suppressed").value(true))
                .andExpect(
                        jsonPath("$.matchQuality.scoreAndFeedback.suppressed").value(true))
                .andExpect(jsonPath("$.matchQuality.scoreAndFeedback.r").value(Matchers.nullValue()));
        mvc.perform(get("/api/v1/programs/" + enrolling + "/impact/engagement.csv")
                        .with(httpBasic(ADMIN, DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("feedback_average,,0,true")));
    }

    @Test
    void theSmallGroupRuleCutsAtFive() {
        assertThat(Figure.of(4.2, 4)).isEqualTo(new Figure(null, 4, true));
        assertThat(Figure.of(4.2, 5)).isEqualTo(new Figure(4.2, 5, false));
    }

    @Test
    void everyTableDownloadsAsCsvAndAnUnknownOneIs404() throws Exception {
        for (ImpactTable table : ImpactTable.values()) {
            mvc.perform(get("/api/v1/programs/" + pilot + "/impact/" + table.slug() + ".csv")
                            .with(httpBasic(EXECUTIVE, DEMO_PASSWORD)))
                    .andExpect(status().isOk())
                    .andExpect(content().contentTypeCompatibleWith("text/csv"));
            mvc.perform(get("/impact/programs/" + pilot + "/" + table.slug() + ".csv")
                            .cookie(logIn(EXECUTIVE)))
                    .andExpect(status().isOk());
        }
        mvc.perform(get("/api/v1/programs/" + pilot + "/impact/people.csv").with(httpBasic(EXECUTIVE, DEMO_PASSWORD)))
                .andExpect(status().isNotFound());
    }

    @Test
    void executivesAndAdminsReadTheDashboardAndParticipantsDoNot() throws Exception {
        for (String reader : new String[] {ADMIN, EXECUTIVE}) {
            mvc.perform(get("/impact/programs/" + pilot).cookie(logIn(reader)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(Matchers.containsString("data-impact-chart=")))
                    .andExpect(content().string(Matchers.containsString("/js/impact-charts.js")))
                    .andExpect(content().string(Matchers.containsString("Engagement score =")))
                    .andExpect(content().string(Matchers.containsString("40 × share of pairs keeping the cadence")))
                    .andExpect(content().string(Matchers.containsString("4 or more")))
                    .andExpect(content().string(Matchers.containsString("during the program")));
        }
        for (String participant : new String[] {MENTOR, MENTEE}) {
            mvc.perform(get("/impact/programs/" + pilot).cookie(logIn(participant)))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/programs/" + pilot + "/impact").with(httpBasic(participant, DEMO_PASSWORD)))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/programs/" + pilot + "/impact/engagement.csv")
                            .with(httpBasic(participant, DEMO_PASSWORD)))
                    .andExpect(status().isForbidden());
        }
    }

    @Test
    void theExecutiveHomeComparesProgramsThatHaveRun() throws Exception {
        List<Long> newestThatRan = jdbc.queryForList(
                "select id from program where status in ('RUNNING', 'COMPLETED', 'ARCHIVED')"
                        + " order by start_date desc, id desc limit 20",
                Long.class);
        String page = mvc.perform(get("/executive").cookie(logIn(EXECUTIVE)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(newestThatRan).isNotEmpty();
        for (long id : newestThatRan) {
            assertThat(page).contains("href=\"/impact/programs/" + id + "\"");
        }
        assertThat(page).doesNotContain("href=\"/impact/programs/" + enrolling + "\"");
    }
}
