package org.upward.wrapup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.upward.support.IntegrationTest;

/**
 * The demo's completed pilot asked its pairs for wrap-ups and most answered: its dashboard shows goal attainment and
 * "would recommend"; the demo mentee's own wrap-up is still open for them to try.
 */
class DemoWrapUpsTest extends IntegrationTest {

    @Test
    void thePilotsDashboardShowsItsWrapUpsAndTheDemoMenteesIsDue() throws Exception {
        long pilot =
                jdbc.queryForObject("select id from program where name = 'Reverse mentoring pilot 2026'", Long.class);
        mvc.perform(get("/api/v1/programs/" + pilot + "/wrap-ups/summary").with(httpBasic(EXECUTIVE, DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.suppressed").value(false))
                .andExpect(jsonPath("$.answered").value(Matchers.greaterThanOrEqualTo(5)))
                .andExpect(jsonPath("$.goals.ratings").value(Matchers.greaterThanOrEqualTo(5)))
                .andExpect(jsonPath("$.recommend.yes").value(Matchers.greaterThan(50)))
                .andExpect(jsonPath("$.quotes").isNotEmpty());
        String dashboard = mvc.perform(get("/impact/programs/" + pilot).cookie(logIn(EXECUTIVE, DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(dashboard).contains("would recommend the program to a colleague", "% achieved");

        long pair = jdbc.queryForObject(
                """
                select w.pair_id from wrap_up w join person p on p.id = w.person_id
                where w.program_id = ? and p.email = ?
                """,
                Long.class,
                pilot,
                MENTEE);
        mvc.perform(get("/api/v1/pairs/" + pair + "/wrap-up").with(httpBasic(MENTEE, DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.due").value(true))
                .andExpect(jsonPath("$.editable").value(true))
                .andExpect(jsonPath("$.mine").doesNotExist());
    }
}
