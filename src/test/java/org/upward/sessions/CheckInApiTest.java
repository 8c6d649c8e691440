package org.upward.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.upward.support.IntegrationTest;

/** Check-ins: a partner's pulse, at most one per partner per cadence period. */
class CheckInApiTest extends IntegrationTest {

    private ResultActions checkIn(ActivePair pair, String who, String body) throws Exception {
        return pair.as(
                who,
                post("/api/v1/pairs/" + pair.pairId + "/check-ins")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body));
    }

    @Test
    void aPartnerChecksInOncePerPeriodAndAnsweringAgainUpdatesIt() throws Exception {
        LocalDate start = LocalDate.now(ZoneOffset.UTC).minusWeeks(7);
        ActivePair pair = ActivePair.create(mvc, start.toString(), 3);
        long first = ActivePair.id(checkIn(pair, pair.mentor, "{\"rating\": 4}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.period").value(2))
                .andExpect(jsonPath("$.periodStart").value(start.plusWeeks(6).toString()))
                .andExpect(jsonPath("$.email").value(pair.mentor)));
        checkIn(pair, pair.mentor, "{\"rating\": 2, \"blocker\": \"No time this month\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(first))
                .andExpect(jsonPath("$.rating").value(2))
                .andExpect(jsonPath("$.blocker").value("No time this month"));
        checkIn(pair, pair.mentee, "{\"rating\": 5}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").value(Matchers.not((int) first)));
        Integer count =
                jdbc.queryForObject("select count(*) from pair_check_in where pair_id = ?", Integer.class, pair.pairId);
        assertThat(count).isEqualTo(2);
    }

    @Test
    void onlyAPartnerChecksInWithARatingFromOneToFive() throws Exception {
        ActivePair pair = ActivePair.create(mvc, "2025-01-06", 2);
        checkIn(pair, pair.mentee, "{\"rating\": 0}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("rating"));
        checkIn(pair, pair.outsider, "{\"rating\": 3}").andExpect(status().isForbidden());
        pair.admin(post("/api/v1/pairs/" + pair.pairId + "/check-ins")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"rating\": 3}"))
                .andExpect(status().isForbidden());
        pair.admin(post("/api/v1/pairs/999999999/check-ins")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"rating\": 3}"))
                .andExpect(status().isNotFound());
    }
}
