package org.upward.pairing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.upward.support.IntegrationTest;

/** A pair can be flagged while its program is matching or running; once the program is over, no longer. */
class FlaggingAfterTheProgramTest extends IntegrationTest {

    @Test
    void aPairOfACompletedProgramCannotBeFlaggedAndItsFlagFormIsGone() throws Exception {
        long pilotPair = jdbc.queryForObject(
                "select p.id from mentoring_pair p join program pr on pr.id = p.program_id"
                        + " join person m on m.id = p.mentee_id"
                        + " where pr.name = 'Reverse mentoring pilot 2026' and pr.status = 'COMPLETED'"
                        + " and m.email = ? and p.status in ('APPROVED', 'ACTIVE')",
                Long.class,
                MENTEE);

        mvc.perform(post("/api/v1/pairs/" + pilotPair + "/flag").with(httpBasic(MENTEE, DEMO_PASSWORD)))
                .andExpect(status().isConflict());
        assertThat(jdbc.queryForObject("select flagged from mentoring_pair where id = ?", Boolean.class, pilotPair))
                .isFalse();

        String home = mvc.perform(get("/participant").cookie(logIn(MENTEE)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(home)
                .contains("Reverse mentoring pilot 2026")
                .doesNotContain("/participant/pairs/" + pilotPair + "/flag");
    }
}
