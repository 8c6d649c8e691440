package org.upward.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.upward.support.IntegrationTest;

/** The program setting {@code quietPeriodsBeforeClose}: 4 unless given, 3 to 12, in the API and on the form. */
class QuietPeriodsSettingTest extends IntegrationTest {

    private ResultActions create(String extra) throws Exception {
        String body = ProgramJson.valid().json();
        body = body.substring(0, body.lastIndexOf('}')) + extra + "}";
        return mvc.perform(post("/api/v1/programs")
                .with(httpBasic(ADMIN, DEMO_PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    @Test
    void withoutTheSettingAProgramWarnsAfterFourQuietPeriods() throws Exception {
        create("")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.quietPeriodsBeforeClose").value(4));
    }

    @Test
    void theSettingIsKeptWhenGivenAndRefusedOutsideThreeToTwelveNamingTheField() throws Exception {
        create(", \"quietPeriodsBeforeClose\": 6")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.quietPeriodsBeforeClose").value(6));
        for (String wrong : new String[] {"2", "13"}) {
            create(", \"quietPeriodsBeforeClose\": " + wrong)
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.errors[0].field").value("quietPeriodsBeforeClose"))
                    .andExpect(jsonPath("$.errors[0].message")
                            .value("Quiet periods before an inactive pair closes: choose between 3 and 12 check-in"
                                    + " periods."));
        }
    }

    @Test
    void theFormOffersTheSettingWithWordsAndShowsItsProblemUnderTheField() throws Exception {
        var admin = logIn(ADMIN);
        String form = mvc.perform(get("/admin/programs/new").cookie(admin))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(form)
                .contains("Quiet periods before an inactive pair closes")
                .contains("name=\"quietPeriodsBeforeClose\"", "value=\"4\"");
        String refused = mvc.perform(post("/admin/programs")
                        .cookie(admin)
                        .with(csrf())
                        .param("name", "Quiet setting form")
                        .param("startDate", "2027-01-11")
                        .param("endDate", "2027-12-17")
                        .param("checkInCadenceWeeks", "3")
                        .param("quietPeriodsBeforeClose", "20"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(refused).contains("choose between 3 and 12 check-in periods");
    }
}
