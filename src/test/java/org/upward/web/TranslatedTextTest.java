package org.upward.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.upward.pairing.PairingFixture;
import org.upward.support.IntegrationTest;

/**
 * Rule messages follow the request's language: with the test-only bundle messages_xx.properties, a webhook
 * rule and a bean-validation message come out in "xx" on the page and in the API; other languages get English.
 */
class TranslatedTextTest extends IntegrationTest {

    @Test
    void aRuleMessageOnAPageIsInTheRequestsLanguage() throws Exception {
        PairingFixture f = PairingFixture.create(mvc, "ENROLLING");
        Cookie session = logIn(ADMIN);
        String page = "/admin/programs/" + f.programId() + "/webhook";

        mvc.perform(post(page)
                        .cookie(session)
                        .with(csrf())
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "xx")
                        .param("url", "http://hooks.example.com/x"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("[xx] The webhook URL must start with https://.")));
        mvc.perform(post(page)
                        .cookie(session)
                        .with(csrf())
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "de")
                        .param("url", "http://hooks.example.com/x"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("The webhook URL must start with https://.")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("[xx]"))));
    }

    @Test
    void apiProblemsAndValidationMessagesAreInTheRequestsLanguage() throws Exception {
        PairingFixture f = PairingFixture.create(mvc, "ENROLLING");

        mvc.perform(put("/api/v1/programs/" + f.programId() + "/webhook")
                        .with(httpBasic(ADMIN, DEMO_PASSWORD))
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "xx")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"url\": \"http://hooks.example.com/x\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value("[xx] The webhook URL must start with https://."));

        mvc.perform(post("/api/v1/programs/" + f.programId() + "/transitions")
                        .with(httpBasic(ADMIN, DEMO_PASSWORD))
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "xx")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value("[xx] Say which status to move to."));
        mvc.perform(post("/api/v1/programs/999999999/transitions")
                        .with(httpBasic(ADMIN, DEMO_PASSWORD))
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "xx")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"to\": \"ENROLLING\"}"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("[xx] No program 999999999."));
    }
}
