package org.upward.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.upward.people.ScimClient.patchOp;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.upward.support.IntegrationTest;

/**
 * SCIM 2.0 provisioning as Microsoft Entra ID and Okta document their requests: the look-up by userName, the
 * create, PATCH (Entra's capitalised ops and "False" strings, its manager forms; Okta's path-less replace), PUT,
 * and the discovery endpoints; bad input answered with SCIM errors.
 */
class ScimProvisioningTest extends IntegrationTest {

    private static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private ScimClient scim;

    @BeforeEach
    void connect() throws Exception {
        scim = ScimClient.connect(mvc);
    }

    private String email(String who) {
        return who + "-" + run + "@example.com";
    }

    private String filter(String userName) {
        return "/Users?filter=userName%20eq%20%22" + userName + "%22";
    }

    private String leaveDate(String email) {
        return jdbc.queryForObject(
                "select cast(leave_date as varchar) from person where email = ?", String.class, email);
    }

    /** Microsoft Entra ID: the sequence of its "Develop and plan provisioning for a SCIM endpoint" tutorial. */
    @Test
    void microsoftEntraIdProvisionsUpdatesDisablesAndDeletesAUser() throws Exception {
        String user = email("entra");
        String boss = email("entra-boss");
        // the boss first, as Entra does for a manager reference
        String bossId = ScimClient.id(
                scim.post("/Users", entraUser(boss, "Bea", "Boss", "E-1")).andExpect(status().isCreated()));

        // 1. does the user exist? no
        scim.get(filter(user))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/scim+json"))
                .andExpect(jsonPath("$.schemas[0]").value("urn:ietf:params:scim:api:messages:2.0:ListResponse"))
                .andExpect(jsonPath("$.totalResults").value(0));
        // 2. create
        String id = ScimClient.id(scim.post("/Users", entraUser(user, "Ada", "Lovelace", "E-2"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/scim/v2/Users/" + ScimPersonIds.of(jdbc, user)))
                .andExpect(jsonPath("$.userName").value(user))
                .andExpect(jsonPath("$.active").value(true))
                .andExpect(jsonPath("$.displayName").value("Ada Lovelace"))
                .andExpect(jsonPath("$['" + ENTERPRISE + "'].department").value("Research"))
                .andExpect(jsonPath("$['" + ENTERPRISE + "'].employeeNumber").value("E-2")));
        // 3. find it by userName
        scim.get(filter(user))
                .andExpect(jsonPath("$.totalResults").value(1))
                .andExpect(jsonPath("$.Resources[0].id").value(id))
                .andExpect(jsonPath("$.Resources[0].userName").value(user));
        // 4. update single- and multi-valued attributes, capitalised ops, the enterprise extension
        scim.patch(
                        "/Users/" + id,
                        patchOp("{\"op\": \"Replace\", \"path\": \"title\", \"value\": \"Analyst\"},"
                                + "{\"op\": \"Add\", \"path\": \"emails[type eq \\\"work\\\"].value\", \"value\": \""
                                + user + "\"},"
                                + "{\"op\": \"Replace\", \"path\": \"name.familyName\", \"value\": \"King\"},"
                                + "{\"op\": \"Replace\", \"path\": \"" + ENTERPRISE + ":department\","
                                + " \"value\": \"Engines\"},"
                                + "{\"op\": \"Replace\", \"path\": \"" + ENTERPRISE + ":employeeNumber\","
                                + " \"value\": \"E-22\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("Analyst"))
                .andExpect(jsonPath("$.displayName").value("Ada King"))
                .andExpect(jsonPath("$['" + ENTERPRISE + "'].department").value("Engines"));
        // 5. add the manager as Entra sends it: "path": "manager", a one-element array with "$ref": null
        scim.patch(
                        "/Users/" + id,
                        patchOp("{\"op\": \"Add\", \"path\": \"manager\", \"value\": [{\"$ref\": null, \"value\": \""
                                + bossId + "\"}]}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$['" + ENTERPRISE + "'].manager.value").value(bossId));
        assertThat(jdbc.queryForObject(
                        "select m.email from person p join person m on m.id = p.manager_id where p.email = ?",
                        String.class,
                        user))
                .isEqualTo(boss);
        // 6. disable: "active" as the string "False"
        scim.patch("/Users/" + id, patchOp("{\"op\": \"Replace\", \"path\": \"active\", \"value\": \"False\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.active").value(false));
        assertThat(leaveDate(user)).isEqualTo(LocalDate.now(ZoneOffset.UTC).toString());
        // 7. enabled again: the same person, not a second one
        scim.patch("/Users/" + id, patchOp("{\"op\": \"Replace\", \"value\": {\"active\": \"True\"}}"))
                .andExpect(jsonPath("$.active").value(true));
        assertThat(leaveDate(user)).isNull();
        assertThat(jdbc.queryForObject("select count(*) from person where email = ?", Integer.class, user))
                .isEqualTo(1);
        // 8. the manager removed, then the user deleted: recorded as left, kept in the directory
        scim.patch("/Users/" + id, patchOp("{\"op\": \"Remove\", \"path\": \"manager\"}"))
                .andExpect(jsonPath("$['" + ENTERPRISE + "'].manager").doesNotExist());
        scim.delete("/Users/" + id).andExpect(status().isNoContent());
        scim.get("/Users/" + id)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.active").value(false));
    }

    private static String entraUser(String userName, String given, String family, String employeeNumber) {
        return """
                {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User", "%s"],
                 "externalId": "%s", "userName": "%s", "active": true,
                 "displayName": "%s %s",
                 "emails": [{"primary": true, "type": "work", "value": "%s"}],
                 "meta": {"resourceType": "User"},
                 "name": {"formatted": "%s %s", "familyName": "%s", "givenName": "%s"},
                 "roles": [],
                 "%s": {"department": "Research", "employeeNumber": "%s"}}
                """
                .formatted(
                        ENTERPRISE,
                        UUID.randomUUID(),
                        userName,
                        given,
                        family,
                        userName,
                        given,
                        family,
                        family,
                        given,
                        ENTERPRISE,
                        employeeNumber);
    }

    /** Okta: the requests of its "Okta and SCIM Version 2.0" reference. */
    @Test
    void oktaProvisionsUpdatesAndDeactivatesAUser() throws Exception {
        String user = email("okta");
        scim.get(filter(user) + "&startIndex=1&count=100")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalResults").value(0));
        String id = ScimClient.id(scim.post(
                        "/Users",
                        """
                        {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"],
                         "userName": "%s",
                         "name": {"givenName": "Test", "familyName": "User"},
                         "emails": [{"primary": true, "value": "%s", "type": "work"}],
                         "displayName": "Test User", "locale": "en-US",
                         "externalId": "00ujl29u0le5T6Aj10h7", "groups": [],
                         "password": "1mz050nq", "active": true}
                        """
                                .formatted(user, user))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.password").doesNotExist())
                .andExpect(jsonPath("$['" + ENTERPRISE + "'].department").value("Unassigned")));
        scim.get("/Users/" + id)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.userName").value(user))
                .andExpect(jsonPath("$.emails[0].value").value(user))
                .andExpect(jsonPath("$.meta.resourceType").value("User"));
        // profile update: a PUT of the whole user
        scim.put(
                        "/Users/" + id,
                        """
                        {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User", "%s"],
                         "id": "%s", "userName": "%s",
                         "name": {"givenName": "Tess", "familyName": "User"},
                         "emails": [{"primary": true, "value": "%s", "type": "work"}],
                         "title": "Engineer", "active": true, "groups": [],
                         "%s": {"department": "Platform", "employeeNumber": "O-7"},
                         "meta": {"resourceType": "User"}}
                        """
                                .formatted(ENTERPRISE, id, user, user, ENTERPRISE))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.displayName").value("Tess User"))
                .andExpect(jsonPath("$.title").value("Engineer"))
                .andExpect(jsonPath("$['" + ENTERPRISE + "'].department").value("Platform"));
        // deactivation: a path-less replace
        scim.patch("/Users/" + id, patchOp("{\"op\": \"replace\", \"value\": {\"active\": false}}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.active").value(false));
        assertThat(leaveDate(user)).isNotNull();
        scim.get(filter(user)).andExpect(jsonPath("$.Resources[0].active").value(false));
        // reactivation: a PUT with active true
        scim.put(
                        "/Users/" + id,
                        "{\"schemas\": [\"urn:ietf:params:scim:schemas:core:2.0:User\"], \"userName\": \"" + user
                                + "\", \"displayName\": \"Tess User\", \"active\": true}")
                .andExpect(jsonPath("$.active").value(true))
                .andExpect(jsonPath("$.id").value(id));
        assertThat(leaveDate(user)).isNull();
    }

    @Test
    void badInputIsAScimErrorWithItsType() throws Exception {
        String user = email("bad");
        String body = "{\"schemas\": [\"urn:ietf:params:scim:schemas:core:2.0:User\"], \"userName\": \"" + user
                + "\", \"displayName\": \"Bad Input\"}";
        String id = ScimClient.id(scim.post("/Users", body).andExpect(status().isCreated()));
        scim.post("/Users", body)
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith("application/scim+json"))
                .andExpect(jsonPath("$.schemas[0]").value("urn:ietf:params:scim:api:messages:2.0:Error"))
                .andExpect(jsonPath("$.status").value("409"))
                .andExpect(jsonPath("$.scimType").value("uniqueness"));
        // the same email in other letters is the same person
        scim.post("/Users", body.replace(user, user.toUpperCase())).andExpect(status().isConflict());
        scim.post("/Users", body.replace("\"displayName\"", "\"shoeSize\": 44, \"displayName\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.scimType").value("invalidSyntax"))
                .andExpect(jsonPath("$.detail").value(containsString("shoeSize")));
        scim.patch("/Users/" + id, patchOp("{\"op\": \"replace\", \"path\": \"shoeSize\", \"value\": 44}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.status").value("400"));
        scim.get("/Users?filter=userName%20eq%20%22unclosed")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.scimType").value("invalidFilter"));
        scim.get("/Users?filter=shoeSize%20eq%20%2244%22")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.scimType").value("invalidFilter"));
        scim.post("/Users", "not json")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.scimType").value("invalidSyntax"));
        scim.post("/Users", body.replace(user, "not-an-email"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.scimType").value("invalidValue"));
        scim.patch("/Users/" + id, "{\"Operations\": \"nope\"}").andExpect(status().isBadRequest());
        scim.get("/Users/999999999")
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.status").value("404"));
        scim.get("/Users/abc").andExpect(status().isNotFound());
        // a manager that does not exist, and one that would close a reporting loop
        scim.patch("/Users/" + id, patchOp("{\"op\": \"add\", \"path\": \"manager\", \"value\": \"999999999\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.scimType").value("invalidValue"));
        scim.patch("/Users/" + id, patchOp("{\"op\": \"add\", \"path\": \"manager\", \"value\": \"" + id + "\"}"))
                .andExpect(status().isBadRequest());
        // renaming onto a taken userName
        String other = ScimClient.id(
                scim.post("/Users", body.replace(user, email("other"))).andExpect(status().isCreated()));
        scim.patch(
                        "/Users/" + other,
                        patchOp("{\"op\": \"replace\", \"path\": \"userName\", \"value\": \"" + user + "\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.scimType").value("uniqueness"));
    }

    @Test
    void listsArePagedByStartIndexAndCount() throws Exception {
        int total = jdbc.queryForObject("select count(*) from person", Integer.class);
        scim.get("/Users?startIndex=2&count=3")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalResults").value(total))
                .andExpect(jsonPath("$.startIndex").value(2))
                .andExpect(jsonPath("$.itemsPerPage").value(3))
                .andExpect(jsonPath("$.Resources.length()").value(3));
        long second = jdbc.queryForObject("select id from person order by id offset 1 limit 1", Long.class);
        scim.get("/Users?startIndex=2&count=1")
                .andExpect(jsonPath("$.Resources[0].id").value(String.valueOf(second)));
        scim.get("/Users?count=0").andExpect(jsonPath("$.itemsPerPage").value(0));
        scim.get("/Users?count=100000").andExpect(jsonPath("$.itemsPerPage").value(Math.min(total, 200)));
    }

    @Test
    void discoveryEndpointsDescribeTheService() throws Exception {
        scim.get("/ServiceProviderConfig")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.patch.supported").value(true))
                .andExpect(jsonPath("$.filter.supported").value(true))
                .andExpect(jsonPath("$.bulk.supported").value(false))
                .andExpect(jsonPath("$.authenticationSchemes[0].type").value("oauthbearertoken"));
        scim.get("/Schemas")
                .andExpect(jsonPath("$.totalResults").value(2))
                .andExpect(jsonPath("$.Resources[1].id").value(ENTERPRISE));
        scim.get("/Schemas/urn:ietf:params:scim:schemas:core:2.0:User")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("User"));
        scim.get("/ResourceTypes")
                .andExpect(jsonPath("$.Resources[0].endpoint").value("/Users"))
                .andExpect(jsonPath("$.Resources[0].schemaExtensions[0].schema").value(ENTERPRISE));
        scim.get("/ResourceTypes/User").andExpect(status().isOk());
        scim.get("/ResourceTypes/Group").andExpect(status().isNotFound());
    }

    @Test
    void onlyALiveProvisioningTokenGetsIn() throws Exception {
        mvc.perform(get("/scim/v2/Users"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith("application/scim+json"))
                .andExpect(jsonPath("$.status").value("401"));
        // an admin's password is no provisioning token
        mvc.perform(get("/scim/v2/Users").with(httpBasic(ADMIN, DEMO_PASSWORD))).andExpect(status().isUnauthorized());
        mvc.perform(get("/scim/v2/Users").header("Authorization", "Bearer upw_scim_unknown"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.schemas[0]").value("urn:ietf:params:scim:api:messages:2.0:Error"));
        // nor is a provisioning token an API token
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + scim.token))
                .andExpect(status().isUnauthorized());
        scim.get("/Users?count=1").andExpect(status().isOk());

        // listed for admins, never with the token; revoked, it is refused at once
        mvc.perform(get("/api/v1/provisioning-tokens").with(httpBasic(ADMIN, DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.id == " + scim.tokenId + ")].name")
                        .exists())
                .andExpect(jsonPath("$.items[0].token").doesNotExist());
        mvc.perform(delete("/api/v1/provisioning-tokens/" + scim.tokenId).with(httpBasic(ADMIN, DEMO_PASSWORD)))
                .andExpect(status().isNoContent());
        scim.get("/Users?count=1")
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.status").value("401"));
        assertThat(jdbc.queryForObject(
                        "select count(*) from provisioning_token where id = ? and token_hash <> ?",
                        Integer.class,
                        scim.tokenId,
                        scim.token))
                .as("stored hashed")
                .isEqualTo(1);
        assertThat(jdbc.queryForList(
                        "select action from audit_entry where subject_type = 'PROVISIONING_TOKEN' and subject_id = ?"
                                + " order by id",
                        String.class,
                        scim.tokenId))
                .containsExactly("PROVISIONING_TOKEN_CREATED", "PROVISIONING_TOKEN_REVOKED");
        // a participant may not create one
        mvc.perform(post("/api/v1/provisioning-tokens")
                        .with(httpBasic(MENTEE, DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"mine\"}"))
                .andExpect(status().isForbidden());
    }
}
