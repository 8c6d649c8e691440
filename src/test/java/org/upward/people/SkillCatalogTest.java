package org.upward.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.upward.support.FlashMatchers.flashProblem;
import static org.upward.support.FlashMatchers.flashProblemText;
import static org.upward.support.FlashMatchers.flashSuccess;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.upward.support.IntegrationTest;

class SkillCatalogTest extends IntegrationTest {

    private long addSkill(String name) throws Exception {
        String body = mvc.perform(post("/api/v1/skills")
                        .with(httpBasic(ADMIN, DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"" + name + "\", \"category\": \"DATA_AND_AI\"}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    private static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private String change(long id, String name, boolean retired, long version) {
        return "{\"name\": \"" + name + "\", \"category\": \"DATA_AND_AI\", \"retired\": " + retired + ", \"version\": "
                + version + "}";
    }

    @Test
    void adminRenamesAndRetiresASkill() throws Exception {
        long id = addSkill(unique("Prompting"));
        String renamed = unique("Prompt craft");
        mvc.perform(put("/api/v1/skills/" + id)
                        .with(httpBasic(ADMIN, DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(change(id, renamed, true, 0)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value(renamed))
                .andExpect(jsonPath("$.retired").value(true));
        assertThat(jdbc.queryForObject("select retired from skill where id = ?", Boolean.class, id))
                .isTrue();
    }

    @Test
    void staleSkillEditIsAConflictAndChangesNothing() throws Exception {
        String name = unique("Dashboards");
        long id = addSkill(name);
        mvc.perform(put("/api/v1/skills/" + id)
                        .with(httpBasic(ADMIN, DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(change(id, unique("First"), false, 0)))
                .andExpect(status().isOk());
        mvc.perform(put("/api/v1/skills/" + id)
                        .with(httpBasic(ADMIN, DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(change(id, "Second", false, 0)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("Changed by someone else"));
        assertThat(jdbc.queryForObject("select name from skill where id = ?", String.class, id))
                .startsWith("First");
    }

    @Test
    void renamingOntoAnExistingNameIsAConflict() throws Exception {
        long id = addSkill(unique("Copilot"));
        mvc.perform(put("/api/v1/skills/" + id)
                        .with(httpBasic(ADMIN, DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(change(id, "ai ASSISTANTS", false, 0)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("AI assistants")));
    }

    @Test
    void mergingRemovesTheDuplicateAndKeepsTheTarget() throws Exception {
        long duplicate = addSkill(unique("Chat GPT"));
        long target = addSkill(unique("ChatGPT"));
        mvc.perform(post("/api/v1/skills/" + duplicate + "/merge")
                        .with(httpBasic(ADMIN, DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"into\": " + target + "}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(target));
        assertThat(jdbc.queryForObject("select count(*) from skill where id = ?", Integer.class, duplicate))
                .isZero();
        mvc.perform(post("/api/v1/skills/" + target + "/merge")
                        .with(httpBasic(ADMIN, DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"into\": " + target + "}"))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/v1/skills/987654/merge")
                        .with(httpBasic(ADMIN, DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"into\": " + target + "}"))
                .andExpect(status().isNotFound());
    }

    @Test
    void participantsCannotChangeTheCatalog() throws Exception {
        mvc.perform(put("/api/v1/skills/1")
                        .with(httpBasic(MENTEE, DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(change(1, "Hijacked", false, 0)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/skills/1/merge")
                        .with(httpBasic(MENTEE, DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"into\": 2}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void adminManagesTheCatalogOnItsPage() throws Exception {
        Cookie session = logIn(ADMIN);
        mvc.perform(get("/admin/skills").cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("AI assistants")));
        String name = unique("Reels");
        mvc.perform(post("/admin/skills")
                        .cookie(session)
                        .with(csrf())
                        .param("name", name)
                        .param("category", "SOCIAL_MEDIA"))
                .andExpect(redirectedUrl("/admin/skills"))
                .andExpect(flashSuccess("skills.added"));
        mvc.perform(post("/admin/skills")
                        .cookie(session)
                        .with(csrf())
                        .param("name", name.toUpperCase())
                        .param("category", "SOCIAL_MEDIA"))
                .andExpect(flashProblemText("already has"));
        mvc.perform(post("/admin/skills").cookie(session).with(csrf()).param("name", ""))
                .andExpect(flashProblem("skills.error.invalid"));
    }

    @Test
    void participantCannotOpenTheCatalogPage() throws Exception {
        mvc.perform(get("/admin/skills").cookie(logIn(MENTOR))).andExpect(status().isForbidden());
    }
}
