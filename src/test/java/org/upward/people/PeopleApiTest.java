package org.upward.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.upward.support.IntegrationTest;

class PeopleApiTest extends IntegrationTest {

    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    private String email(String who) {
        return who + "." + tag + "@api.example.com";
    }

    private String person(String who, String manager, String extra) {
        return """
                {"email": "%s", "name": "%s Person", "department": "Dept-%s", "jobTitle": "Analyst",
                 "jobLevel": 4, "managerEmail": %s, "hireDate": "2021-03-01", "generation": "GEN_Z"%s}"""
                .formatted(email(who), who, tag, manager == null ? "null" : "\"" + email(manager) + "\"", extra);
    }

    private ResultActions create(String body) throws Exception {
        return mvc.perform(post("/api/v1/people")
                .with(httpBasic(ADMIN, DEMO_PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    private ResultActions update(String who, String body) throws Exception {
        return mvc.perform(put("/api/v1/people/" + email(who))
                .with(httpBasic(ADMIN, DEMO_PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    @Test
    void adminCreatesReadsAndUpdatesAPerson() throws Exception {
        create(person("boss", null, "")).andExpect(status().isCreated());
        create(person("ann", "boss", ""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.email").value(email("ann")))
                .andExpect(jsonPath("$.managerEmail").value(email("boss")))
                .andExpect(jsonPath("$.hireDate").value("2021-03-01"))
                .andExpect(jsonPath("$.leaveDate").isEmpty())
                .andExpect(jsonPath("$.jobLevel").value(4))
                .andExpect(jsonPath("$.version").value(0));

        mvc.perform(get("/api/v1/people/" + email("ann").toUpperCase()).with(httpBasic(ADMIN, DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("ann Person"))
                .andExpect(jsonPath("$.generation").value("GEN_Z"));

        update(
                        "ann",
                        person("ann", null, ", \"leaveDate\": \"2025-01-31\", \"version\": 0")
                                .replace(email("ann"), email("anne")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.email").value(email("anne")))
                .andExpect(jsonPath("$.managerEmail").isEmpty())
                .andExpect(jsonPath("$.leaveDate").value("2025-01-31"))
                .andExpect(jsonPath("$.version").value(1));
        assertThat(jdbc.queryForObject("select count(*) from person where email = ?", Integer.class, email("ann")))
                .isZero();
    }

    @Test
    void invalidFieldsAreRefusedWith422NamingEachField() throws Exception {
        create("{\"email\": \"nope\", \"name\": \"\", \"department\": \"X\", \"jobLevel\": 11}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", hasItem("email")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("name")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("jobLevel")));
    }

    @Test
    void rulesAcrossFieldsAreRefusedWith422() throws Exception {
        create(person("early", null, ", \"leaveDate\": \"2020-01-01\""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("leaveDate"));
        create(person("orphan", "nobody", ""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("managerEmail"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("no person")));
        create(person("self", "self", ""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("own manager")));
    }

    @Test
    void updateThatWouldCloseAManagerLoopIsRefused() throws Exception {
        create(person("a", null, "")).andExpect(status().isCreated());
        create(person("b", "a", "")).andExpect(status().isCreated());
        create(person("c", "b", "")).andExpect(status().isCreated());
        update("a", person("a", "c", ", \"version\": 0"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("managerEmail"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("cycle")));
        update("a", person("a", "a", ", \"version\": 0")).andExpect(status().isUnprocessableContent());
    }

    @Test
    void duplicateEmailsAndStaleVersionsConflict() throws Exception {
        create(person("one", null, "")).andExpect(status().isCreated());
        create(person("two", null, "")).andExpect(status().isCreated());
        create(person("one", null, "")).andExpect(status().isConflict());
        update("two", person("one", null, ", \"version\": 0"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString(email("one"))));
        update("two", person("two", null, ", \"version\": 0")).andExpect(status().isOk());
        update("two", person("two", null, ", \"version\": 0"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("Changed by someone else"));
    }

    @Test
    void anUpdateWithoutTheVersionIsRefusedAndChangesNothing() throws Exception {
        create(person("nover", null, "")).andExpect(status().isCreated());
        update("nover", person("nover", null, "").replace("Analyst", "Changed"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("version"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("version you last read")));
        update("nover", person("nover", null, ", \"version\": null").replace("Analyst", "Changed"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("version"));
        mvc.perform(get("/api/v1/people/" + email("nover")).with(httpBasic(ADMIN, DEMO_PASSWORD)))
                .andExpect(jsonPath("$.jobTitle").value("Analyst"))
                .andExpect(jsonPath("$.version").value(0));
        update("nover", person("nover", null, ", \"version\": 0").replace("Analyst", "Changed"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.jobTitle").value("Changed"));
        update("nover", person("nover", null, ", \"version\": 0")).andExpect(status().isConflict());
    }

    @Test
    void unknownEmailIs404() throws Exception {
        mvc.perform(get("/api/v1/people/" + email("ghost")).with(httpBasic(ADMIN, DEMO_PASSWORD)))
                .andExpect(status().isNotFound());
        update("ghost", person("ghost", null, "")).andExpect(status().isNotFound());
    }

    @Test
    void listIsPagedAndFiltersBySearchDepartmentAndLevel() throws Exception {
        for (String who : new String[] {"p1", "p2", "p3"}) {
            create(person(who, null, "")).andExpect(status().isCreated());
        }
        create(person("senior", null, "").replace("\"jobLevel\": 4", "\"jobLevel\": 9"))
                .andExpect(status().isCreated());
        mvc.perform(get("/api/v1/people?department=Dept-" + tag + "&size=2&page=1")
                        .with(httpBasic(ADMIN, DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items", hasSize(2)))
                .andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.size").value(2))
                .andExpect(jsonPath("$.total").value(4));
        mvc.perform(get("/api/v1/people?q=SENIOR." + tag).with(httpBasic(ADMIN, DEMO_PASSWORD)))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].email").value(email("senior")));
        mvc.perform(get("/api/v1/people?level=9&department=Dept-" + tag).with(httpBasic(ADMIN, DEMO_PASSWORD)))
                .andExpect(jsonPath("$.total").value(1));
        mvc.perform(get("/api/v1/people?q=p2 Person").with(httpBasic(ADMIN, DEMO_PASSWORD)))
                .andExpect(jsonPath("$.items[*].name", everyItem(containsString("p2 Person"))));
    }

    @Test
    void participantAndExecutiveGet403() throws Exception {
        mvc.perform(get("/api/v1/people").with(httpBasic(MENTOR, DEMO_PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/people/export").with(httpBasic(MENTOR, DEMO_PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/people/import")
                        .with(httpBasic(MENTOR, DEMO_PASSWORD))
                        .contentType("text/csv")
                        .content("email\n"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/people").with(httpBasic(EXECUTIVE, DEMO_PASSWORD)))
                .andExpect(status().isForbidden());
    }
}
