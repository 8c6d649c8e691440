package org.upward.pairing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.upward.sessions.ActivePair;
import org.upward.support.IntegrationTest;

/** A flag and its note are meant for HR: admins and the person who raised it see them, the other partner never. */
class FlagPrivacyTest extends IntegrationTest {

    private static final String NOTE = "Between us: my mentor keeps cancelling";

    private ActivePair pair;

    @BeforeEach
    void theMenteeFlagsTheirPair() throws Exception {
        pair = ActivePair.create(mvc, LocalDate.now(ZoneOffset.UTC).toString(), 2);
        pair.startProgram();
        pair.as(
                        pair.mentee,
                        post("/api/v1/pairs/" + pair.pairId + "/flag")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"note\": \"" + NOTE + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.flagged").value(true))
                .andExpect(jsonPath("$.flagNote").value(NOTE));
    }

    @Test
    void theOtherPartnerSeesNeitherTheFlagNorItsNoteInTheApi() throws Exception {
        String pairs = "/api/v1/programs/" + pair.programId + "/pairs";
        String partnerSees = pair.as(pair.mentor, get(pairs))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].id").value(pair.pairId))
                .andExpect(jsonPath("$.items[0].flagged").value(false))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(partnerSees).doesNotContain(NOTE);

        pair.as(pair.mentee, get(pairs))
                .andExpect(jsonPath("$.items[0].flagged").value(true))
                .andExpect(jsonPath("$.items[0].flagNote").value(NOTE));
        pair.admin(get(pairs))
                .andExpect(jsonPath("$.items[?(@.id == " + pair.pairId + ")].flagNote")
                        .value(NOTE));
        assertThat(jdbc.queryForObject(
                        "select p.email from mentoring_pair m join person p on p.id = m.flagged_by where m.id = ?",
                        String.class,
                        pair.pairId))
                .isEqualTo(pair.mentee);
    }

    @Test
    void onlyThePersonWhoRaisedItIsToldOnTheirHomePage() throws Exception {
        assertThat(home(pair.mentee)).contains("You told HR this pair looks off");
        assertThat(home(pair.mentor))
                .doesNotContain("You told HR this pair looks off")
                .doesNotContain(NOTE);
    }

    private String home(String email) throws Exception {
        return mvc.perform(get("/participant").cookie(logIn(email, ActivePair.PASSWORD)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
