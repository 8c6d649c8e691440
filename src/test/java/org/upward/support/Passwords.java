package org.upward.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Gives an imported person a password the way a person gets one: the demo admin invites, they accept. */
public final class Passwords {

    private Passwords() {}

    public static void setThroughInvitation(MockMvc mvc, String email, String password) throws Exception {
        String body = mvc.perform(post("/api/v1/people/" + email + "/invitation")
                        .with(httpBasic("admin@demo.upward.app", "upward-demo")))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String url = JsonPath.read(body, "$.inviteUrl");
        mvc.perform(post("/api/v1/invitations/" + url.substring(url.lastIndexOf('/') + 1))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"password\": \"" + password + "\"}"))
                .andExpect(status().isNoContent());
    }
}
