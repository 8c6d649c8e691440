package org.upward.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.upward.support.IntegrationTest;

/**
 * The demo's enrolling program takes applications: three people in no program have applied and wait for the
 * admin, and the demo newcomer, in no program either, finds it under "Programs you can join".
 */
class DemoApplicationsTest extends IntegrationTest {

    private static final String NEWCOMER = "newcomer@demo.upward.app";

    @Test
    void threeApplicationsWaitForTheAdminAndTheNewcomerCanJoin() throws Exception {
        long program = jdbc.queryForObject("select id from program where name = 'Digital leaders 2027'", Long.class);
        mvc.perform(get("/api/v1/programs/" + program + "/applications?status=PENDING")
                        .with(httpBasic(ADMIN, DEMO_PASSWORD)))
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath(
                        "$.items[*].email",
                        Matchers.containsInAnyOrder(
                                "sales.00@demo.upward.app", "it.10@demo.upward.app", "ceo@demo.upward.app")));
        mvc.perform(get("/admin").cookie(logIn(ADMIN, DEMO_PASSWORD)))
                .andExpect(content().string(Matchers.containsString("Digital leaders 2027: 3 applications wait")));

        assertThat(jdbc.queryForList(
                        "select p.email from person p where p.leave_date is not null and p.email like '%@demo.upward.app'"
                                + " and (p.email = ? or exists (select 1 from program_application a"
                                + " where a.person_id = p.id))",
                        String.class, NEWCOMER))
                .as("nobody who applied, nor the newcomer, has left the company")
                .isEmpty();
        assertThat(jdbc.queryForObject(
                        "select count(*) from enrollment e join person p on p.id = e.person_id"
                                + " join program g on g.id = e.program_id where p.email = ? and g.name in"
                                + " ('Digital leaders 2027', 'AI sprint for leaders', 'Social media for leaders')",
                        Integer.class,
                        NEWCOMER))
                .isZero();
        mvc.perform(get("/api/v1/programs/open").with(httpBasic(NEWCOMER, DEMO_PASSWORD)))
                .andExpect(jsonPath("$[?(@.id == " + program + ")].name").value("Digital leaders 2027"));
        mvc.perform(get("/welcome").cookie(logIn(NEWCOMER, DEMO_PASSWORD)))
                .andExpect(content().string(Matchers.containsString("Programs you can join")))
                .andExpect(content().string(Matchers.containsString("Digital leaders 2027")));
    }
}
