package org.upward.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.upward.support.IntegrationTest;

class ApiAuthenticationTest extends IntegrationTest {

    @Test
    void meWithoutCredentialsIsUnauthorizedProblem() throws Exception {
        mvc.perform(get("/api/v1/me"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().exists("WWW-Authenticate"))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.title").value("Authentication required"))
                .andExpect(jsonPath("$.detail").isNotEmpty());
    }

    @Test
    void meWithBasicCredentialsNamesTheCallerAndRoles() throws Exception {
        mvc.perform(get("/api/v1/me").with(httpBasic(ADMIN, DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.email").value(ADMIN))
                .andExpect(jsonPath("$.name").value("Alex Admin"))
                .andExpect(jsonPath("$.roles[0]").value("ADMIN"))
                .andExpect(header().doesNotExist("Set-Cookie"));
    }

    @Test
    void wrongBasicPasswordIsUnauthorized() throws Exception {
        mvc.perform(get("/api/v1/me").with(httpBasic(ADMIN, "wrong-password")))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void issuedTokenAuthenticatesUntilRevoked() throws Exception {
        MvcResult issued = mvc.perform(post("/api/v1/tokens")
                        .with(httpBasic(EXECUTIVE, DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"BI dashboard\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.token").isNotEmpty())
                .andReturn();
        String token = JsonPath.read(issued.getResponse().getContentAsString(), "$.token");
        long id = ((Number) JsonPath.read(issued.getResponse().getContentAsString(), "$.id")).longValue();

        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.email").value(EXECUTIVE));
        assertThat(jdbc.queryForObject("select token_hash from api_token where id = ?", String.class, id))
                .hasSize(64)
                .doesNotContain(token);

        mvc.perform(delete("/api/v1/tokens/" + id).header("Authorization", "Bearer " + token))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.title").value("Invalid token"));
    }

    @Test
    void unknownBearerTokenIsUnauthorized() throws Exception {
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer upw_not-a-real-token"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void nobodyCanRevokeSomeoneElsesToken() throws Exception {
        MvcResult issued = mvc.perform(post("/api/v1/tokens")
                        .with(httpBasic(MENTOR, DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"mine\"}"))
                .andReturn();
        long id = ((Number) JsonPath.read(issued.getResponse().getContentAsString(), "$.id")).longValue();

        mvc.perform(delete("/api/v1/tokens/" + id).with(httpBasic(ADMIN, DEMO_PASSWORD)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/tokens").with(httpBasic(MENTOR, DEMO_PASSWORD)))
                .andExpect(jsonPath("$[?(@.id == " + id + ")].name").value("mine"));
    }

    @Test
    void tokenRequestWithoutNameIsRefusedWithFieldErrors() throws Exception {
        mvc.perform(post("/api/v1/tokens")
                        .with(httpBasic(ADMIN, DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \" \"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("name"))
                .andExpect(jsonPath("$.errors[0].message").isNotEmpty());
    }

    @Test
    void malformedJsonIsBadRequestProblem() throws Exception {
        mvc.perform(post("/api/v1/tokens")
                        .with(httpBasic(ADMIN, DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{not json"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void participantCallingAnAdminApiIsForbidden() throws Exception {
        mvc.perform(post("/api/v1/skills")
                        .with(httpBasic(MENTOR, DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"Quantum\", \"category\": \"OTHER\"}"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(403));
        assertThat(jdbc.queryForObject("select count(*) from skill where name = 'Quantum'", Integer.class))
                .isZero();
    }

    @Test
    void unmappedApiAddressesAreNotFoundForACallerAndUnauthorizedForAnyoneElse() throws Exception {
        mvc.perform(get("/api/v1/nothing-here").with(httpBasic(ADMIN, DEMO_PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/nothing-here")).andExpect(status().isUnauthorized());
    }
}
