package org.upward.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.upward.support.FlashMatchers.flashSuccess;

import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.upward.people.NewPerson;
import org.upward.people.People;
import org.upward.support.IntegrationTest;

class AccountPageTest extends IntegrationTest {

    @Autowired
    People people;

    @Test
    void adminInvitesSeveralPeopleAndSeesEachLinkOrReason() throws Exception {
        String first = "page-invitee-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        String second = "page-invitee-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        people.registerIfAbsent(new NewPerson(first, "Paula Page", "Legal", "Counsel", 6));
        people.registerIfAbsent(new NewPerson(second, "Pedro Page", "Legal", "Paralegal", 3));
        mvc.perform(post("/admin/accounts/invitations")
                        .cookie(logIn(ADMIN))
                        .with(csrf())
                        .param("emails", first + "\n" + second + ", nobody@example.com\n" + MENTOR))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("/invitations/inv_")))
                .andExpect(content().string(Matchers.containsString("No person with email nobody@example.com")))
                .andExpect(content().string(Matchers.containsString("already has an active account")))
                .andExpect(content().string(Matchers.containsString("Pedro Page")));
    }

    @Test
    void adminGivesARoleOnThePage() throws Exception {
        String email = "page-role-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        people.registerIfAbsent(new NewPerson(email, "Rita Role", "Strategy", "Director", 8));
        mvc.perform(post("/admin/accounts/roles")
                        .cookie(logIn(ADMIN))
                        .with(csrf())
                        .param("email", email)
                        .param("roles", "EXECUTIVE"))
                .andExpect(flashSuccess("security.notice.rolesSaved", email));
        mvc.perform(get("/admin/accounts").cookie(logIn(ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Rita Role")));
    }

    @Test
    void participantCannotOpenAccounts() throws Exception {
        mvc.perform(get("/admin/accounts").cookie(logIn(MENTEE))).andExpect(status().isForbidden());
    }
}
