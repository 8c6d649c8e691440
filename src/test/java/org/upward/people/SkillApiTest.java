package org.upward.people;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.upward.support.IntegrationTest;

class SkillApiTest extends IntegrationTest {

    @Test
    void anyoneSignedInReadsTheDefaultCatalogPaged() throws Exception {
        mvc.perform(get("/api/v1/skills?size=10").with(httpBasic(MENTEE, DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(10))
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(10))
                .andExpect(jsonPath("$.total").value(Matchers.greaterThanOrEqualTo(25)));
    }

    @Test
    void adminAddsASkillOnceAndADuplicateConflicts() throws Exception {
        String body = "{\"name\": \"Short-form video\", \"category\": \"SOCIAL_MEDIA\"}";
        mvc.perform(post("/api/v1/skills")
                        .with(httpBasic(ADMIN, DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.name").value("Short-form video"))
                .andExpect(jsonPath("$.category").value("SOCIAL_MEDIA"));
        mvc.perform(post("/api/v1/skills")
                        .with(httpBasic(ADMIN, DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.replace("Short-form", "short-FORM")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("already has")));
    }

    @Test
    void skillWithoutCategoryIsRefusedNamingTheField() throws Exception {
        mvc.perform(post("/api/v1/skills")
                        .with(httpBasic(ADMIN, DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"Something\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("category"));
    }

    @Test
    void pageSizeOutOfRangeIsRefusedNamingTheParameter() throws Exception {
        mvc.perform(get("/api/v1/skills?size=0").with(httpBasic(ADMIN, DEMO_PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"));
    }
}
