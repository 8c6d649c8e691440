package org.upward.people;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** An identity provider's side of SCIM in tests: a fresh provisioning token, and requests with it. */
public final class ScimClient {

    static final String SCIM_JSON = "application/scim+json";

    public final String token;
    public final long tokenId;
    private final MockMvc mvc;

    private ScimClient(MockMvc mvc, String token, long tokenId) {
        this.mvc = mvc;
        this.token = token;
        this.tokenId = tokenId;
    }

    public static ScimClient connect(MockMvc mvc) throws Exception {
        String body = mvc.perform(MockMvcRequestBuilders.post("/api/v1/provisioning-tokens")
                        .with(httpBasic("admin@demo.upward.app", "upward-demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"IdP " + UUID.randomUUID() + "\"}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return new ScimClient(mvc, JsonPath.read(body, "$.token"), ((Number) JsonPath.read(body, "$.id")).longValue());
    }

    public ResultActions get(String path) throws Exception {
        return perform(MockMvcRequestBuilders.get(URI.create("/scim/v2" + path)));
    }

    public ResultActions post(String path, String json) throws Exception {
        return perform(MockMvcRequestBuilders.post(URI.create("/scim/v2" + path))
                .contentType(SCIM_JSON)
                .content(json));
    }

    public ResultActions put(String path, String json) throws Exception {
        return perform(MockMvcRequestBuilders.put(URI.create("/scim/v2" + path))
                .contentType(SCIM_JSON)
                .content(json));
    }

    public ResultActions patch(String path, String json) throws Exception {
        return perform(MockMvcRequestBuilders.patch(URI.create("/scim/v2" + path))
                .contentType(SCIM_JSON)
                .content(json));
    }

    public ResultActions delete(String path) throws Exception {
        return perform(MockMvcRequestBuilders.delete(URI.create("/scim/v2" + path)));
    }

    private ResultActions perform(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token));
    }

    public static String id(ResultActions result) throws Exception {
        return JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id");
    }

    public static String patchOp(String operations) {
        return "{\"schemas\": [\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"], \"Operations\": [" + operations
                + "]}";
    }
}
