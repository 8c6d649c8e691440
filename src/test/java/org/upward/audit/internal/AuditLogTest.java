package org.upward.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;
import org.upward.pairing.PairingFixture;
import org.upward.people.NewSkill;
import org.upward.people.ScimClient;
import org.upward.people.SkillCatalog;
import org.upward.people.SkillCategory;
import org.upward.sessions.ActivePair;
import org.upward.support.IntegrationTest;

/**
 * Every audited action, driven through the real API, leaves exactly one entry naming who did it, what and on
 * what; the log is admin-only, filterable, and PostgreSQL refuses to change it.
 */
class AuditLogTest extends IntegrationTest {

    @Autowired
    private SkillCatalog skills;

    @Autowired
    private TransactionTemplate transactions;

    private long mark;
    private long adminPersonId;

    @BeforeEach
    void remember() {
        mark = jdbc.queryForObject("select coalesce(max(id), 0) from audit_entry", Long.class);
        adminPersonId = personId(ADMIN);
    }

    private long personId(String email) {
        return jdbc.queryForObject("select id from person where lower(email) = lower(?)", Long.class, email);
    }

    private ResultActions admin(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(httpBasic(ADMIN, DEMO_PASSWORD)));
    }

    private ResultActions adminJson(MockHttpServletRequestBuilder request, String json) throws Exception {
        return admin(request.contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private static long id(ResultActions result, String path) throws Exception {
        return ((Number) JsonPath.read(result.andReturn().getResponse().getContentAsString(), path)).longValue();
    }

    /** The entries written since the test began with this action, oldest first. */
    private List<Map<String, Object>> entries(AuditAction action) {
        return jdbc.queryForList(
                "select * from audit_entry where id > ? and action = ? order by id", mark, action.name());
    }

    /** The one entry of this action since the test began, checked for its actor and subject. */
    private Map<String, Object> theEntry(AuditAction action, String actorEmail, String subjectType, Long subjectId) {
        List<Map<String, Object>> found = entries(action);
        assertThat(found).as("entries of " + action).hasSize(1);
        Map<String, Object> entry = found.get(0);
        assertThat(entry.get("actor_email")).isEqualTo(actorEmail);
        assertThat(((Number) entry.get("actor_person_id")).longValue()).isEqualTo(personId(actorEmail));
        assertThat(entry.get("subject_type")).isEqualTo(subjectType);
        if (subjectId != null) {
            assertThat(((Number) entry.get("subject_id")).longValue()).isEqualTo(subjectId);
        }
        assertThat(entry.get("occurred_at")).isNotNull();
        return entry;
    }

    private static Long programOf(Map<String, Object> entry) {
        return entry.get("program_id") == null ? null : ((Number) entry.get("program_id")).longValue();
    }

    @Test
    void importsProgramCreationAndLifecycleTransitionsAreRecordedWithTheAdminAsActor() throws Exception {
        PairingFixture fixture = PairingFixture.create(mvc, "MATCHING");

        Map<String, Object> people = theEntry(AuditAction.PEOPLE_IMPORTED, ADMIN, "PEOPLE", null);
        assertThat(people.get("summary")).asString().contains("6 created");
        Map<String, Object> created = theEntry(AuditAction.PROGRAM_CREATED, ADMIN, "PROGRAM", fixture.programId());
        assertThat(created.get("summary")).asString().contains(fixture.name());
        Map<String, Object> enrollments =
                theEntry(AuditAction.ENROLLMENTS_IMPORTED, ADMIN, "PROGRAM", fixture.programId());
        assertThat(programOf(enrollments)).isEqualTo(fixture.programId());
        assertThat(enrollments.get("summary")).asString().contains("5 created");
        assertThat(entries(AuditAction.PROGRAM_MOVED))
                .extracting(e -> e.get("summary"))
                .containsExactly(
                        "Moved program '" + fixture.name() + "' from DRAFT to ENROLLING",
                        "Moved program '" + fixture.name() + "' from ENROLLING to MATCHING");
        assertThat(entries(AuditAction.PROGRAM_MOVED))
                .allSatisfy(e -> assertThat(e.get("actor_email")).isEqualTo(ADMIN));
    }

    @Test
    void aProgramEditIsRecorded() throws Exception {
        String name = "Audited edit " + UUID.randomUUID();
        String body = "{\"name\": \"" + name + "\", \"startDate\": \"2027-01-11\", \"endDate\": \"2027-12-17\","
                + " \"sponsorEmail\": \"exec@demo.upward.app\", \"objectives\": [{\"statement\": \"Use AI\","
                + " \"focusSkills\": [\"AI assistants\"], \"outcomeMeasure\": \"POST >= 3.5\"}]";
        long programId = id(adminJson(post("/api/v1/programs"), body + "}").andExpect(status().isCreated()), "$.id");
        long version = id(admin(get("/api/v1/programs/" + programId)), "$.version");
        adminJson(
                        put("/api/v1/programs/" + programId),
                        body.replace(name, name + " renamed") + ", \"version\": " + version + "}")
                .andExpect(status().isOk());

        Map<String, Object> edit = theEntry(AuditAction.PROGRAM_CHANGED, ADMIN, "PROGRAM", programId);
        assertThat(programOf(edit)).isEqualTo(programId);
        assertThat(edit.get("summary")).asString().contains(name + " renamed");
    }

    @Test
    void aPairingRunAndEveryPairDecisionAreRecorded() throws Exception {
        PairingFixture f = PairingFixture.create(mvc, "MATCHING");
        mark = jdbc.queryForObject("select coalesce(max(id), 0) from audit_entry", Long.class);
        long runId = id(
                adminJson(post("/api/v1/programs/" + f.programId() + "/pairing-runs"), "{\"preview\": false}")
                        .andExpect(status().isOk()),
                "$.id");
        Map<String, Object> run = theEntry(AuditAction.PAIRING_RUN_FINISHED, ADMIN, "PAIRING_RUN", runId);
        assertThat(programOf(run)).isEqualTo(f.programId());
        adminJson(post("/api/v1/programs/" + f.programId() + "/pairing-runs"), "{\"preview\": true}")
                .andExpect(status().isOk());
        assertThat(entries(AuditAction.PAIRING_RUN_FINISHED))
                .as("a preview stores nothing")
                .hasSize(1);

        List<Map<String, Object>> pairs = JsonPath.read(
                admin(get("/api/v1/programs/" + f.programId() + "/pairs"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.items");
        long bossPair = pairs.stream()
                .filter(p -> p.get("menteeEmail").equals(f.boss()))
                .map(p -> ((Number) p.get("id")).longValue())
                .findFirst()
                .orElseThrow();
        long peerPair = pairs.stream()
                .filter(p -> p.get("menteeEmail").equals(f.peer()))
                .map(p -> ((Number) p.get("id")).longValue())
                .findFirst()
                .orElseThrow();

        admin(post("/api/v1/pairs/" + peerPair + "/reject")).andExpect(status().isOk());
        Map<String, Object> rejected = theEntry(AuditAction.PAIR_REJECTED, ADMIN, "PAIR", peerPair);
        assertThat(programOf(rejected)).isEqualTo(f.programId());
        assertThat(rejected.get("summary")).asString().contains("Pat Peer");

        long byHand = id(
                adminJson(
                                post("/api/v1/programs/" + f.programId() + "/pairs"),
                                "{\"mentorEmail\": \"" + f.thirdJunior() + "\", \"menteeEmail\": \"" + f.peer() + "\"}")
                        .andExpect(status().isCreated()),
                "$.id");
        theEntry(AuditAction.PAIR_MADE_BY_HAND, ADMIN, "PAIR", byHand);

        admin(post("/api/v1/pairs/" + bossPair + "/approve")).andExpect(status().isOk());
        theEntry(AuditAction.PAIR_APPROVED, ADMIN, "PAIR", bossPair);
        admin(post("/api/v1/pairs/" + bossPair + "/activate")).andExpect(status().isOk());
        theEntry(AuditAction.PAIR_ACTIVATED, ADMIN, "PAIR", bossPair);
        adminJson(post("/api/v1/pairs/" + bossPair + "/flag"), "{\"note\": \"They never meet\"}")
                .andExpect(status().isOk());
        assertThat(theEntry(AuditAction.PAIR_FLAGGED, ADMIN, "PAIR", bossPair).get("summary"))
                .asString()
                .contains("They never meet");
        adminJson(post("/api/v1/pairs/" + bossPair + "/swap"), "{\"reason\": \"Schedules never match\"}")
                .andExpect(status().isOk());
        assertThat(theEntry(AuditAction.PAIR_SWAPPED, ADMIN, "PAIR", bossPair).get("summary"))
                .asString()
                .contains("Schedules never match", "Bea Boss");
    }

    @Test
    void grantingAndRevokingRolesAndInvitingAreRecordedForTheirPerson() throws Exception {
        PairingFixture f = PairingFixture.create(mvc, "ENROLLING");
        mark = jdbc.queryForObject("select coalesce(max(id), 0) from audit_entry", Long.class);
        long peer = personId(f.peer());
        adminJson(put("/api/v1/people/" + f.peer() + "/roles"), "{\"roles\": [\"EXECUTIVE\"]}")
                .andExpect(status().isOk());
        assertThat(theEntry(AuditAction.ROLE_GRANTED, ADMIN, "PERSON", peer).get("summary"))
                .asString()
                .contains("EXECUTIVE", f.peer());
        adminJson(put("/api/v1/people/" + f.peer() + "/roles"), "{\"roles\": [\"EXECUTIVE\"]}")
                .andExpect(status().isOk());
        assertThat(entries(AuditAction.ROLE_GRANTED))
                .as("nothing changed, nothing recorded")
                .hasSize(1);
        adminJson(put("/api/v1/people/" + f.peer() + "/roles"), "{\"roles\": []}")
                .andExpect(status().isOk());
        assertThat(theEntry(AuditAction.ROLE_REVOKED, ADMIN, "PERSON", peer).get("summary"))
                .asString()
                .contains("EXECUTIVE", f.peer());

        String inviteUrl = JsonPath.read(
                admin(post("/api/v1/people/" + f.boss() + "/invitation"))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.inviteUrl");
        Map<String, Object> invitation = theEntry(AuditAction.INVITATION_SENT, ADMIN, "PERSON", personId(f.boss()));
        assertThat(invitation.get("summary"))
                .asString()
                .contains(f.boss())
                .doesNotContain(inviteUrl.substring(inviteUrl.lastIndexOf('/') + 1));
    }

    @Test
    void creatingAndRevokingAnApiTokenIsRecordedForItsOwner() throws Exception {
        String issued = mvc.perform(post("/api/v1/tokens")
                        .with(httpBasic(MENTOR, DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"audited laptop\"}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        long tokenId = ((Number) JsonPath.read(issued, "$.id")).longValue();
        String token = JsonPath.read(issued, "$.token");
        Map<String, Object> created = theEntry(AuditAction.API_TOKEN_CREATED, MENTOR, "API_TOKEN", tokenId);
        assertThat(created.get("summary")).asString().contains("audited laptop").doesNotContain(token);
        mvc.perform(delete("/api/v1/tokens/" + tokenId).with(httpBasic(MENTOR, DEMO_PASSWORD)))
                .andExpect(status().isNoContent());
        theEntry(AuditAction.API_TOKEN_REVOKED, MENTOR, "API_TOKEN", tokenId);
    }

    @Test
    void aPersonAddedAndChangedThroughTheApiIsRecordedWithTheFieldsThatChanged() throws Exception {
        String email = "audited-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        String person =
                """
                {"email": "%s", "name": "Ada Audited", "department": "Research", "jobTitle": "Analyst",
                 "jobLevel": 4, "hireDate": "2021-03-01"%s}""";
        adminJson(post("/api/v1/people"), person.formatted(email, "")).andExpect(status().isCreated());
        long id = personId(email);

        assertThat(theEntry(AuditAction.PERSON_ADDED, ADMIN, "PERSON", id).get("summary"))
                .isEqualTo("Added Ada Audited <" + email + "> to the directory");

        adminJson(
                        put("/api/v1/people/" + email),
                        person.formatted(email, ", \"version\": 0")
                                .replace("Ada Audited", "Ada King")
                                .replace("Research", "Engines"))
                .andExpect(status().isOk());
        adminJson(
                        put("/api/v1/people/" + email),
                        person.formatted(email, ", \"version\": 1")
                                .replace("Ada Audited", "Ada King")
                                .replace("Research", "Engines"))
                .andExpect(status().isOk());

        assertThat(theEntry(AuditAction.PERSON_CHANGED, ADMIN, "PERSON", id).get("summary"))
                .as("one entry: the second save changed nothing")
                .isEqualTo("Changed Ada King <" + email + ">: name, department");
    }

    @Test
    void aPersonProvisionedAndChangedByTheIdentityProviderIsRecordedAsSuch() throws Exception {
        ScimClient scim = ScimClient.connect(mvc);
        String email = "scim-audited-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        String id = ScimClient.id(scim.post(
                        "/Users",
                        """
                        {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"], "userName": "%s",
                         "active": true, "displayName": "Sam Scim"}"""
                                .formatted(email))
                .andExpect(status().isCreated()));
        String title = ScimClient.patchOp("{\"op\": \"Replace\", \"path\": \"title\", \"value\": \"Analyst\"}");
        scim.patch("/Users/" + id, title).andExpect(status().isOk());
        scim.patch("/Users/" + id, title).andExpect(status().isOk());

        List<Map<String, Object>> added = entries(AuditAction.PERSON_ADDED);
        List<Map<String, Object>> changed = entries(AuditAction.PERSON_CHANGED);
        assertThat(added).singleElement().satisfies(entry -> {
            assertThat(entry.get("actor_name")).isEqualTo("System");
            assertThat(entry.get("summary"))
                    .isEqualTo("Added Sam Scim <" + email + "> to the directory (by the identity provider, SCIM)");
        });
        assertThat(changed)
                .as("one entry: the second patch changed nothing")
                .singleElement()
                .satisfies(entry -> assertThat(entry.get("summary"))
                        .isEqualTo("Changed Sam Scim <" + email + ">: job title (by the identity provider, SCIM)"));
    }

    @Test
    void skillCatalogChangesAreRecorded() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        long kept = id(
                adminJson(
                                post("/api/v1/skills"),
                                "{\"name\": \"Audit kept " + run + "\", \"category\": \"DATA_AND_AI\"}")
                        .andExpect(status().isCreated()),
                "$.id");
        long duplicate = id(
                adminJson(
                                post("/api/v1/skills"),
                                "{\"name\": \"Audit dup " + run + "\", \"category\": \"DATA_AND_AI\"}")
                        .andExpect(status().isCreated()),
                "$.id");
        assertThat(entries(AuditAction.SKILL_ADDED)).hasSize(2);

        adminJson(
                        put("/api/v1/skills/" + duplicate),
                        "{\"name\": \"Audit dup " + run
                                + "\", \"category\": \"DATA_AND_AI\", \"retired\": true, \"version\": 0}")
                .andExpect(status().isOk());
        assertThat(theEntry(AuditAction.SKILL_RETIRED, ADMIN, "SKILL", duplicate)
                        .get("summary"))
                .asString()
                .contains("Audit dup " + run);

        adminJson(post("/api/v1/skills/" + duplicate + "/merge"), "{\"into\": " + kept + "}")
                .andExpect(status().isOk());
        assertThat(theEntry(AuditAction.SKILLS_MERGED, ADMIN, "SKILL", kept).get("summary"))
                .asString()
                .contains("'Audit dup " + run + "' into 'Audit kept " + run + "'");
    }

    @Test
    void recordingAndDeletingABusinessOutcomeIsRecorded() throws Exception {
        long pilot = jdbc.queryForObject(
                "select id from program where status = 'COMPLETED' order by id limit 1", Long.class);
        String description = "Audited idea " + UUID.randomUUID();
        long outcome = id(
                adminJson(
                                post("/api/v1/programs/" + pilot + "/outcomes"),
                                "{\"type\": \"NEW_IDEA\", \"description\": \"" + description
                                        + "\", \"value\": 10, \"date\": \"2026-03-02\"}")
                        .andExpect(status().isCreated()),
                "$.id");
        Map<String, Object> recorded = theEntry(AuditAction.OUTCOME_RECORDED, ADMIN, "OUTCOME", outcome);
        assertThat(programOf(recorded)).isEqualTo(pilot);
        assertThat(recorded.get("summary")).asString().contains(description);
        admin(delete("/api/v1/programs/" + pilot + "/outcomes/" + outcome)).andExpect(status().isNoContent());
        assertThat(theEntry(AuditAction.OUTCOME_DELETED, ADMIN, "OUTCOME", outcome)
                        .get("summary"))
                .asString()
                .contains(description);
    }

    @Test
    void aLunchAndLearnIsRecordedOnceForAllItsPairs() throws Exception {
        ActivePair pairs = ActivePair.twoPairs(mvc, "2025-01-06", 2);
        mark = jdbc.queryForObject("select coalesce(max(id), 0) from audit_entry", Long.class);
        adminJson(
                        post("/api/v1/programs/" + pairs.programId + "/lunch-and-learn"),
                        "{\"pairIds\": [" + pairs.pairId + ", " + pairs.secondPairId + "], \"date\": \""
                                + LocalDate.now(ZoneOffset.UTC) + "\", \"durationMinutes\": 60,"
                                + " \"skillsCovered\": [\"ai assistants\"], \"notes\": \"Talk\", \"actionItems\": \"-\"}")
                .andExpect(status().isCreated());
        Map<String, Object> entry = theEntry(AuditAction.LUNCH_AND_LEARN_LOGGED, ADMIN, "PROGRAM", pairs.programId);
        assertThat(entry.get("summary"))
                .asString()
                .contains("2 pairs", String.valueOf(pairs.pairId), String.valueOf(pairs.secondPairId));
    }

    @Test
    void aRefusedActionLeavesNoEntry() throws Exception {
        PairingFixture f = PairingFixture.create(mvc, "ENROLLING");
        mark = jdbc.queryForObject("select coalesce(max(id), 0) from audit_entry", Long.class);
        adminJson(post("/api/v1/programs/" + f.programId() + "/transitions"), "{\"to\": \"COMPLETED\"}")
                .andExpect(status().isConflict());
        admin(post("/api/v1/people/import")
                        .contentType("text/csv")
                        .content("email,name,department,job_level\nnot-an-email,Nobody,IT,99\n"))
                .andExpect(status().isUnprocessableContent());
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where id > ?", Long.class, mark))
                .isZero();
    }

    @Test
    void anActionWhoseTransactionRollsBackLeavesNoEntry() {
        String name = "Rolled back " + UUID.randomUUID();
        transactions.executeWithoutResult(tx -> {
            skills.add(new NewSkill(name, SkillCategory.DATA_AND_AI));
            assertThat(entries(AuditAction.SKILL_ADDED))
                    .as("written inside the action's transaction")
                    .hasSize(1);
            tx.setRollbackOnly();
        });
        assertThat(jdbc.queryForObject("select count(*) from skill where name = ?", Long.class, name))
                .isZero();
        assertThat(entries(AuditAction.SKILL_ADDED)).isEmpty();
    }

    @Test
    void theDatabaseRefusesToChangeOrRemoveAnEntry() throws Exception {
        adminJson(
                        post("/api/v1/skills"),
                        "{\"name\": \"Immutable " + UUID.randomUUID() + "\", \"category\": \"DATA_AND_AI\"}")
                .andExpect(status().isCreated());
        long entry = (Long) entries(AuditAction.SKILL_ADDED).get(0).get("id");

        assertThatThrownBy(() -> jdbc.update("update audit_entry set actor_name = 'someone else' where id = ?", entry))
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit_entry where id = ?", entry))
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.execute("truncate audit_entry"))
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("append-only");
        assertThat(jdbc.queryForObject("select actor_email from audit_entry where id = ?", String.class, entry))
                .isEqualTo(ADMIN);
    }

    @Test
    void theErasureExceptionRewritesOnlyNamesAndOnlyThroughItsFunction() throws Exception {
        String skill = "Erasable " + UUID.randomUUID();
        adminJson(post("/api/v1/skills"), "{\"name\": \"" + skill + "\", \"category\": \"DATA_AND_AI\"}")
                .andExpect(status().isCreated());
        long entry = (Long) entries(AuditAction.SKILL_ADDED).get(0).get("id");
        // the function rewrites one person's name and email, and leaves the rule on for the rest of the transaction
        Integer changed = transactions.execute(tx -> {
            Integer rows = jdbc.queryForObject(
                    "select audit_entry_erase_person(?, ?, ?, 'Former participant 0000', 'erased-0000@invalid')",
                    Integer.class,
                    -1L,
                    skill,
                    "nobody-" + UUID.randomUUID() + "@example.com");
            assertThat(jdbc.queryForObject("select current_setting('session_replication_role')", String.class))
                    .isEqualTo("origin");
            return rows;
        });
        assertThat(changed).isOne();
        assertThat(jdbc.queryForMap("select action, actor_email, summary from audit_entry where id = ?", entry))
                .containsEntry("action", "SKILL_ADDED")
                .containsEntry("actor_email", ADMIN)
                .containsEntry("summary", "Added skill 'Former participant 0000'");
        assertThatThrownBy(() -> transactions.executeWithoutResult(tx -> {
                    jdbc.queryForObject(
                            "select audit_entry_erase_person(-1, 'x', 'x@example.com', 'y', 'y@invalid')",
                            Integer.class);
                    jdbc.update("delete from audit_entry where id = ?", entry);
                }))
                .rootCause()
                .hasMessageContaining("append-only");
    }

    @Test
    void theApiFiltersByActionActorProgramAndDays() throws Exception {
        PairingFixture f = PairingFixture.create(mvc, "MATCHING");
        String today = LocalDate.now(ZoneOffset.UTC).toString();

        admin(get("/api/v1/audit").param("programId", String.valueOf(f.programId())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(4))
                .andExpect(jsonPath("$.items[0].action").value("PROGRAM_MOVED"))
                .andExpect(jsonPath("$.items[0].summary").value(Matchers.endsWith("to MATCHING")))
                .andExpect(jsonPath("$.items[0].programName").value(f.name()))
                .andExpect(jsonPath("$.items[3].action").value("PROGRAM_CREATED"));
        admin(get("/api/v1/audit")
                        .param("programId", String.valueOf(f.programId()))
                        .param("action", "PROGRAM_MOVED"))
                .andExpect(jsonPath("$.total").value(2));
        admin(get("/api/v1/audit")
                        .param("programId", String.valueOf(f.programId()))
                        .param("actor", ADMIN.toUpperCase())
                        .param("from", today)
                        .param("to", today))
                .andExpect(jsonPath("$.total").value(4))
                .andExpect(jsonPath("$.items[*].actorEmail", Matchers.everyItem(Matchers.is(ADMIN))))
                .andExpect(jsonPath("$.items[0].actorPersonId").value(adminPersonId));
        admin(get("/api/v1/audit")
                        .param("programId", String.valueOf(f.programId()))
                        .param("actor", "mentor@"))
                .andExpect(jsonPath("$.total").value(0));
        admin(get("/api/v1/audit")
                        .param("programId", String.valueOf(f.programId()))
                        .param("to", LocalDate.now(ZoneOffset.UTC).minusDays(1).toString()))
                .andExpect(jsonPath("$.total").value(0));
        admin(get("/api/v1/audit")
                        .param("programId", String.valueOf(f.programId()))
                        .param("from", LocalDate.now(ZoneOffset.UTC).plusDays(1).toString()))
                .andExpect(jsonPath("$.total").value(0));
        admin(get("/api/v1/audit").param("action", "PEOPLE_IMPORTED").param("size", "1"))
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].action").value("PEOPLE_IMPORTED"))
                .andExpect(jsonPath("$.total").value(Matchers.greaterThanOrEqualTo(1)));
        admin(get("/api/v1/audit").param("action", "NOT_AN_ACTION")).andExpect(status().isBadRequest());
    }

    @Test
    void onlyAdminsReadTheLog() throws Exception {
        for (String who : List.of(EXECUTIVE, MENTOR, MENTEE)) {
            mvc.perform(get("/api/v1/audit").with(httpBasic(who, DEMO_PASSWORD)))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/v1/audit")).andExpect(status().isUnauthorized());
        Cookie executive = logIn(EXECUTIVE);
        mvc.perform(get("/admin/audit").cookie(executive)).andExpect(status().isForbidden());
        Cookie mentor = logIn(MENTOR);
        mvc.perform(get("/admin/audit").cookie(mentor)).andExpect(status().isForbidden());
    }

    @Test
    void theAdminPageListsEntriesNewestFirstAndFilters() throws Exception {
        PairingFixture f = PairingFixture.create(mvc, "MATCHING");
        Cookie admin = logIn(ADMIN);
        String page = mvc.perform(get("/admin/audit")
                        .cookie(admin)
                        .param("programId", String.valueOf(f.programId()))
                        .param("action", "PROGRAM_MOVED"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("Audit log", "Program status changed", f.name())
                .contains("href=\"/admin/audit\"");
        assertThat(page.indexOf("from ENROLLING to MATCHING"))
                .isPositive()
                .isLessThan(page.indexOf("from DRAFT to ENROLLING"));
        assertThat(page).doesNotContain("Created program '" + f.name());

        String home = mvc.perform(get("/admin/audit").cookie(admin).param("action", "bogus"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(home).contains("Created program");
    }
}
