package org.upward.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.upward.support.IntegrationTest;

/**
 * The demo's running sprint has a pair in each state of the journey (new with its fit check due, agreeing, active
 * with goals, needing a nudge, closed for inactivity), and in a second running program the demo mentor's fit check
 * with the demo mentee is due, the mentee having found it a good fit.
 */
class DemoJourneyStatesTest extends IntegrationTest {

    private long program(String name) {
        return jdbc.queryForObject("select id from program where name = ?", Long.class, name);
    }

    @Test
    void theSprintHasAPairInEachStateOfTheJourney() throws Exception {
        long sprint = program("AI sprint for leaders");
        List<Map<String, Object>> pairs = jdbc.queryForList(
                "select p.id, p.status, p.closed_reason, r.email as mentor,"
                        + " (select count(*) from pair_fit_answer f where f.pair_id = p.id) as fit_answers,"
                        + " (select jsonb_array_length(a.confirmed_by) from pair_agreement a where a.pair_id = p.id)"
                        + " as confirmations,"
                        + " (select count(*) from pair_goal g join pair_agreement a on a.id = g.agreement_id"
                        + " where a.pair_id = p.id) as goals"
                        + " from mentoring_pair p join person r on r.id = p.mentor_id where p.program_id = ? order by p.id",
                sprint);
        assertThat(pairs).hasSize(5);
        assertThat(pairs.get(0))
                .containsEntry("mentor", MENTOR)
                .containsEntry("status", "ACTIVE")
                .containsEntry("confirmations", 2)
                .containsEntry("goals", 2L);
        assertThat(pairs.get(1)).containsEntry("status", "APPROVED").containsEntry("fit_answers", 0L);
        assertThat(pairs.get(2)).containsEntry("status", "ACTIVE").containsEntry("confirmations", 1);
        assertThat(pairs.get(4)).containsEntry("status", "CLOSED").containsEntry("closed_reason", "INACTIVE");

        String board = mvc.perform(
                        get("/api/v1/programs/" + sprint + "/status-board").with(httpBasic(ADMIN, DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<String> health = JsonPath.read(board, "$.items[*].health");
        assertThat(health).contains("ON_TRACK", "NEEDS_NUDGE");
        List<String> nudged =
                JsonPath.read(board, "$.items[?(@.pairId == " + pairs.get(3).get("id") + ")].health");
        assertThat(nudged).containsExactly("NEEDS_NUDGE");

        // the closed pair's partners were warned, then asked for their wrap-up, on the days those fell due
        assertThat(jdbc.queryForObject(
                        "select count(*) from notification where kind = 'WRAP_UP_DUE' and link like ?",
                        Integer.class,
                        "%/pairs/" + pairs.get(4).get("id") + "/wrap-up"))
                .isEqualTo(2);
    }

    @Test
    void theDemoMentorsFitCheckIsDueWithTheDemoMentee() {
        Map<String, Object> pair = jdbc.queryForMap(
                "select p.status, (select string_agg(f.answer, ',') from pair_fit_answer f join person x"
                        + " on x.id = f.person_id where f.pair_id = p.id and x.email = ?) as mentee_answer,"
                        + " (select count(*) from pair_fit_answer f join person x on x.id = f.person_id"
                        + " where f.pair_id = p.id and x.email = ?) as mentor_answers"
                        + " from mentoring_pair p join program g on g.id = p.program_id"
                        + " where g.name = 'Social media for leaders' and g.status = 'RUNNING'",
                MENTEE,
                MENTOR);
        assertThat(pair)
                .containsEntry("status", "APPROVED")
                .containsEntry("mentee_answer", "GOOD_FIT")
                .containsEntry("mentor_answers", 0L);
    }
}
