package org.upward.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.upward.people.NewPerson;
import org.upward.people.People;
import org.upward.support.IntegrationTest;
import org.upward.support.Passwords;

/**
 * A change of roles counts from the person's next request in the sessions they already have (8 hours long):
 * taken away through the API, given, or changed in the database as another instance would, and a session
 * whose account was closed ends.
 */
class RolesChangeMidSessionTest extends IntegrationTest {

    private static final String PASSWORD = "violet kettle under a bridge";

    @Autowired
    People people;

    private String personWithRoles(String roles) throws Exception {
        String email = "roles-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        people.registerIfAbsent(new NewPerson(email, "Rory Roles", "People", "Partner", 5));
        Passwords.setThroughInvitation(mvc, email, PASSWORD);
        setRoles(email, roles);
        return email;
    }

    private void setRoles(String email, String roles) throws Exception {
        mvc.perform(put("/api/v1/people/" + email + "/roles")
                        .with(httpBasic(ADMIN, DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"roles\": [" + roles + "]}"))
                .andExpect(status().isOk());
    }

    private long anyProgram() {
        return jdbc.queryForObject("select min(id) from program", Long.class);
    }

    @Test
    void anAdminWhoseRoleIsRemovedLosesTheAdminPagesAndFormsInEverySessionAtOnce() throws Exception {
        String email = personWithRoles("\"ADMIN\"");
        Cookie laptop = logIn(email, PASSWORD);
        Cookie phone = logIn(email, PASSWORD);
        mvc.perform(get("/admin").cookie(laptop)).andExpect(status().isOk());
        mvc.perform(get("/admin/people").cookie(phone)).andExpect(status().isOk());
        mvc.perform(post("/admin/skills").cookie(laptop).with(csrf())).andExpect(status().isFound());

        setRoles(email, "");

        for (Cookie session : new Cookie[] {laptop, phone}) {
            mvc.perform(get("/admin").cookie(session)).andExpect(status().isForbidden());
            mvc.perform(get("/admin/people").cookie(session)).andExpect(status().isForbidden());
            mvc.perform(post("/admin/skills").cookie(session).with(csrf())).andExpect(status().isForbidden());
            mvc.perform(post("/admin/accounts/roles")
                            .cookie(session)
                            .with(csrf())
                            .param("email", email)
                            .param("roles", "ADMIN"))
                    .andExpect(status().isForbidden());
            // still signed in, only without the role
            mvc.perform(get("/account/password").cookie(session)).andExpect(status().isOk());
        }
    }

    @Test
    void anExecutiveWhoseRoleIsRemovedLosesTheImpactPagesAndAGivenRoleCountsWithoutLoggingInAgain() throws Exception {
        String email = personWithRoles("\"EXECUTIVE\"");
        Cookie session = logIn(email, PASSWORD);
        mvc.perform(get("/impact/programs/" + anyProgram()).cookie(session)).andExpect(status().isOk());
        mvc.perform(get("/executive").cookie(session)).andExpect(status().isOk());
        mvc.perform(get("/admin").cookie(session)).andExpect(status().isForbidden());

        setRoles(email, "\"ADMIN\"");

        mvc.perform(get("/executive").cookie(session)).andExpect(status().isForbidden());
        mvc.perform(get("/admin").cookie(session)).andExpect(status().isOk());
        mvc.perform(get("/impact/programs/" + anyProgram()).cookie(session)).andExpect(status().isOk());

        setRoles(email, "");

        mvc.perform(get("/impact/programs/" + anyProgram()).cookie(session)).andExpect(status().isForbidden());
        mvc.perform(get("/admin").cookie(session)).andExpect(status().isForbidden());
    }

    @Test
    void aRoleTakenAwayInTheDatabaseByAnotherInstanceCountsOnTheNextRequest() throws Exception {
        String email = personWithRoles("\"ADMIN\"");
        Cookie session = logIn(email, PASSWORD);
        mvc.perform(get("/admin").cookie(session)).andExpect(status().isOk());

        jdbc.update(
                "delete from account_role where account_id = (select a.id from account a join person p"
                        + " on p.id = a.person_id where p.email = ?)",
                email);

        mvc.perform(get("/admin").cookie(session)).andExpect(status().isForbidden());
    }

    @Test
    void aSessionWhoseAccountIsDisabledEnds() throws Exception {
        String email = personWithRoles("\"ADMIN\"");
        Cookie session = logIn(email, PASSWORD);
        mvc.perform(get("/admin").cookie(session)).andExpect(status().isOk());

        jdbc.update(
                "update account set enabled = false where person_id = (select id from person where email = ?)", email);

        mvc.perform(get("/admin").cookie(session)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/account/password").cookie(session))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/login"));
    }
}
