package org.upward.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.upward.shared.CleanText;
import org.upward.support.IntegrationTest;

/**
 * Control characters are cleaned from every text before it is validated: a name of only control characters is
 * refused as blank, naming the field, and a NUL anywhere (a body, a form, a CSV, a search) is dropped, never a
 * bogus 409 "clashes with data saved at the same moment".
 */
class ControlCharactersTest extends IntegrationTest {

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aNameDepartmentOrSkillOfOnlyControlCharactersIsRefusedAsBlank() throws Exception {
        MockHttpServletResponse person = api(
                post("/api/v1/people"),
                "{\"email\": \"ctl-%s@example.com\", \"name\": \"\\u0001\\u0002\", \"department\": \"\\u0007\\u0000\","
                                .formatted(run)
                        + " \"jobLevel\": 3}");
        assertThat(person.getStatus()).isEqualTo(422);
        List<String> fields = JsonPath.read(person.getContentAsString(), "$.errors[*].field");
        assertThat(fields).contains("name", "department");
        assertThat(count("select count(*) from person where email = ?", "ctl-" + run + "@example.com"))
                .isZero();

        MockHttpServletResponse skill =
                api(post("/api/v1/skills"), "{\"name\": \"\\u0000\\u001b\\u0008\", \"category\": \"OTHER\"}");
        assertThat(skill.getStatus()).isEqualTo(422);
        assertThat((String) JsonPath.read(skill.getContentAsString(), "$.errors[0].field"))
                .isEqualTo("name");

        String csv = "email,name,department,job_level\nctl-csv-" + run + "@example.com,\u0001\u0002,IT,3\n";
        MockHttpServletResponse imported = mvc.perform(post("/api/v1/people/import")
                        .with(httpBasic(ADMIN, DEMO_PASSWORD))
                        .contentType("text/csv")
                        .content(csv))
                .andReturn()
                .getResponse();
        assertThat(imported.getStatus()).as(imported.getContentAsString()).isEqualTo(422);
        assertThat(imported.getContentAsString()).contains("name");
    }

    @Test
    void aNulInATextIsDroppedNotAConflict() throws Exception {
        MockHttpServletResponse person = api(
                post("/api/v1/people"),
                "{\"email\": \"nul-%s@example.com\", \"name\": \"Ann\\u0000 Lee\", \"department\": \"IT\\u0000\","
                                .formatted(run)
                        + " \"jobTitle\": \"\\u0000\", \"jobLevel\": 3}");
        assertThat(person.getStatus()).as(person.getContentAsString()).isEqualTo(201);
        assertThat(jdbc.queryForObject(
                        "select name || '|' || department from person where email = ?",
                        String.class,
                        "nul-" + run + "@example.com"))
                .isEqualTo("Ann Lee|IT");

        String csv = "email,name,department,job_level\nnul-csv-" + run + "@example.com,Bo\u0000 Chen,Sales\u0000,4\n";
        MockHttpServletResponse imported = mvc.perform(post("/api/v1/people/import")
                        .with(httpBasic(ADMIN, DEMO_PASSWORD))
                        .contentType("text/csv")
                        .content(csv))
                .andReturn()
                .getResponse();
        assertThat(imported.getStatus()).as(imported.getContentAsString()).isEqualTo(200);
        assertThat(jdbc.queryForObject(
                        "select name from person where email = ?", String.class, "nul-csv-" + run + "@example.com"))
                .isEqualTo("Bo Chen");
    }

    @Test
    void aNulInASearchIsNotAConflict() throws Exception {
        MockHttpServletResponse api = mvc.perform(get("/api/v1/people")
                        .param("q", "Ann\u0000")
                        .param("department", "\u0000")
                        .with(httpBasic(ADMIN, DEMO_PASSWORD)))
                .andReturn()
                .getResponse();
        assertThat(api.getStatus()).as(api.getContentAsString()).isEqualTo(200);
        Cookie admin = logIn(ADMIN);
        MockHttpServletResponse page = mvc.perform(
                        get("/admin/people").param("q", "\u0000").cookie(admin))
                .andReturn()
                .getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        MockHttpServletResponse audit = mvc.perform(
                        get("/api/v1/audit").param("actor", "x\u0000").with(httpBasic(ADMIN, DEMO_PASSWORD)))
                .andReturn()
                .getResponse();
        assertThat(audit.getStatus()).as(audit.getContentAsString()).isEqualTo(200);
    }

    @Test
    void aFormOfOnlyControlCharactersShowsTheFieldError() throws Exception {
        Cookie admin = logIn(ADMIN);
        MockHttpServletResponse page = mvc.perform(post("/admin/people")
                        .cookie(admin)
                        .with(csrf())
                        .param("email", "form-" + run + "@example.com")
                        .param("name", "\u0001\u0002")
                        .param("department", "IT\u0000")
                        .param("jobLevel", "3"))
                .andReturn()
                .getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).contains("is-invalid");
        assertThat(count("select count(*) from person where email = ?", "form-" + run + "@example.com"))
                .isZero();
    }

    @Test
    void multiLineTextKeepsItsTabsAndLineBreaks() {
        assertThat(CleanText.strip("one\ttwo\r\nthree\u0000\u001b[31m\u007f\u0085"))
                .isEqualTo("one\ttwo\r\nthree[31m");
        assertThat(CleanText.strip("\u0001\u0002")).isEmpty();
        assertThat(CleanText.strip("Zoë 😀")).isEqualTo("Zoë 😀");
    }

    private MockHttpServletResponse api(MockHttpServletRequestBuilder request, String json) throws Exception {
        return mvc.perform(request.with(httpBasic(ADMIN, DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json))
                .andReturn()
                .getResponse();
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }
}
