package org.upward.program;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.upward.support.IntegrationTest;

class ProgramApiTest extends IntegrationTest {

    private ResultActions create(ProgramJson program) throws Exception {
        return mvc.perform(post("/api/v1/programs")
                .with(httpBasic(ADMIN, DEMO_PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content(program.json()));
    }

    private long createdId(ProgramJson program) throws Exception {
        String body = create(program)
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    private ResultActions transition(long id, String to) throws Exception {
        return mvc.perform(post("/api/v1/programs/{id}/transitions", id)
                .with(httpBasic(ADMIN, DEMO_PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"to\": \"" + to + "\"}"));
    }

    private ResultActions update(long id, ProgramJson program) throws Exception {
        return mvc.perform(put("/api/v1/programs/{id}", id)
                .with(httpBasic(ADMIN, DEMO_PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content(program.json()));
    }

    @Test
    void adminCreatesAProgramAsInTheContractAndReadsItBack() throws Exception {
        ProgramJson program = ProgramJson.valid();
        long id = createdId(program);
        mvc.perform(get("/api/v1/programs/{id}", id).with(httpBasic(ADMIN, DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value(program.name()))
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.version").value(0))
                .andExpect(jsonPath("$.startDate").value("2027-01-11"))
                .andExpect(jsonPath("$.sponsorEmail").value(EXECUTIVE))
                .andExpect(jsonPath("$.checkInCadenceWeeks").value(3))
                .andExpect(jsonPath("$.cost").value(25000))
                .andExpect(jsonPath("$.objectives[0].focusSkills[0]").value("AI assistants"))
                .andExpect(jsonPath("$.objectives[0].outcomeMeasure").value("POST self-assessment >= 3.5"))
                .andExpect(jsonPath("$.matching.skillGapWeight").value(0.6))
                .andExpect(jsonPath("$.matching.objective").value("TOTAL_SCORE"))
                .andExpect(jsonPath("$.matching.mode").value("ADMIN_LED"));
    }

    @Test
    void absentMatchingSettingsAndCadenceTakeTheDefaults() throws Exception {
        String body = "{\"name\": \"Defaults only\", \"startDate\": \"2027-01-01\", \"endDate\": \"2027-06-30\"}";
        mvc.perform(post("/api/v1/programs")
                        .with(httpBasic(ADMIN, DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.checkInCadenceWeeks").value(3))
                .andExpect(jsonPath("$.matching.skillGapWeight").value(0.6))
                .andExpect(jsonPath("$.matching.sharedInterestWeight").value(0.25))
                .andExpect(jsonPath("$.matching.workStyleWeight").value(0.15))
                .andExpect(jsonPath("$.matching.minScore").value(20))
                .andExpect(jsonPath("$.matching.excludeSameDepartment").value(false));
    }

    @Test
    void listIsPaged() throws Exception {
        createdId(ProgramJson.valid());
        mvc.perform(get("/api/v1/programs?page=0&size=1").with(httpBasic(EXECUTIVE, DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(1))
                .andExpect(jsonPath("$.total").value(Matchers.greaterThanOrEqualTo(1)));
    }

    @Test
    void unknownProgramIsNotFound() throws Exception {
        mvc.perform(get("/api/v1/programs/999999999").with(httpBasic(ADMIN, DEMO_PASSWORD)))
                .andExpect(status().isNotFound());
        transition(999999999L, "ENROLLING").andExpect(status().isNotFound());
    }

    @Test
    void happyPathFromDraftThroughEnrollingToMatching() throws Exception {
        long id = createdId(ProgramJson.valid());
        transition(id, "ENROLLING")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ENROLLING"))
                .andExpect(jsonPath("$.nextStatuses[0]").value("MATCHING"));
        transition(id, "MATCHING")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("MATCHING"));
    }

    @Test
    void matchingCannotStartRunningWithoutApprovedPairs() throws Exception {
        long id = createdId(ProgramJson.valid());
        transition(id, "ENROLLING").andExpect(status().isOk());
        transition(id, "MATCHING").andExpect(status().isOk());
        transition(id, "RUNNING")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail")
                        .value(Matchers.endsWith("cannot start RUNNING: it has no approved pairs yet. "
                                + "Run the pairing and approve pairs first.")));
    }

    @Test
    void draftWithoutAnyObjectiveCannotLeaveDraft() throws Exception {
        long id = createdId(ProgramJson.valid().objectives("[]"));
        transition(id, "ENROLLING")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("cannot leave DRAFT")))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("no objective with an outcome measure")));
    }

    @Test
    void draftWhoseObjectiveHasNoOutcomeMeasureCannotLeaveDraft() throws Exception {
        long id = createdId(ProgramJson.valid()
                .objectives(
                        "[{\"statement\": \"Seniors post on LinkedIn\", \"focusSkills\": [\"LinkedIn presence\"]}]"));
        transition(id, "ENROLLING")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("no objective with an outcome measure")));
    }

    @Test
    void draftWithoutSponsorCannotLeaveDraftUntilOneIsNamed() throws Exception {
        ProgramJson program = ProgramJson.valid().noSponsor();
        long id = createdId(program);
        transition(id, "ENROLLING")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("Transition refused"))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("no executive sponsor")));
        update(id, program.sponsor(EXECUTIVE).version(0)).andExpect(status().isOk());
        transition(id, "ENROLLING").andExpect(status().isOk());
    }

    @Test
    void illegalJumpsAreRefusedNamingFromAndTo() throws Exception {
        long id = createdId(ProgramJson.valid());
        transition(id, "RUNNING")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("cannot move from DRAFT to RUNNING")));
        transition(id, "COMPLETED").andExpect(status().isConflict());
        transition(id, "ENROLLING").andExpect(status().isOk());
        transition(id, "DRAFT")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("cannot move from ENROLLING to DRAFT")));
        transition(id, "ARCHIVED").andExpect(status().isConflict());
    }

    @Test
    void aDraftCanBeArchivedAndIsThenReadOnly() throws Exception {
        ProgramJson program = ProgramJson.valid().noSponsor().objectives("[]");
        long id = createdId(program);
        transition(id, "ARCHIVED")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ARCHIVED"));
        update(id, program.version(1))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("archived")));
    }

    @Test
    void datesOutOfOrderAreRefusedOnCreateAndOnUpdate() throws Exception {
        create(ProgramJson.valid().dates("2027-06-01", "2027-01-01"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("endDate"))
                .andExpect(jsonPath("$.errors[0].message").value("The end date must be after the start date."));
        ProgramJson program = ProgramJson.valid();
        long id = createdId(program);
        update(id, program.dates("2027-06-01", "2027-06-01").version(0))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("endDate"));
    }

    @Test
    void staleVersionIsAConflictAndChangesNothing() throws Exception {
        ProgramJson program = ProgramJson.valid();
        long id = createdId(program);
        update(id, program.name(program.name() + " v2").version(0))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1));
        update(id, program.name(program.name() + " v3").version(0))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("changed by someone else")));
        mvc.perform(get("/api/v1/programs/{id}", id).with(httpBasic(ADMIN, DEMO_PASSWORD)))
                .andExpect(jsonPath("$.name").value(Matchers.endsWith(" v2")));
    }

    @Test
    void updateWithoutVersionIsInvalid() throws Exception {
        ProgramJson program = ProgramJson.valid();
        long id = createdId(program);
        update(id, program)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("version"));
    }

    @Test
    void weightsOutsideZeroToOneAreRefusedPerField() throws Exception {
        create(ProgramJson.valid().matching("{\"skillGapWeight\": 1.5, \"workStyleWeight\": -0.1}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field")
                        .value(Matchers.containsInAnyOrder("matching.skillGapWeight", "matching.workStyleWeight")));
    }

    @Test
    void allWeightsZeroIsRefused() throws Exception {
        create(ProgramJson.valid()
                        .matching("{\"skillGapWeight\": 0, \"sharedInterestWeight\": 0, \"workStyleWeight\": 0}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("matching"))
                .andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("At least one weight")));
    }

    @Test
    void unknownSkillAndUnknownSponsorAreRefusedNamingTheirFields() throws Exception {
        create(ProgramJson.valid()
                        .sponsor("nobody-" + System.nanoTime() + "@example.com")
                        .objectives("[{\"statement\": \"s\", \"focusSkills\": [\"Underwater basket weaving\"],"
                                + " \"outcomeMeasure\": \"m\"}]"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field")
                        .value(Matchers.containsInAnyOrder("sponsorEmail", "objectives[0].focusSkills")));
    }

    @Test
    void missingStatementAndOutOfRangeCadenceAreRefusedWithTheirPaths() throws Exception {
        String body = ProgramJson.valid()
                .objectives("[{\"statement\": \"ok\", \"outcomeMeasure\": \"m\"}, {\"statement\": \" \"}]")
                .json()
                .replace("\"checkInCadenceWeeks\": 3", "\"checkInCadenceWeeks\": 13");
        mvc.perform(post("/api/v1/programs")
                        .with(httpBasic(ADMIN, DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field")
                        .value(Matchers.containsInAnyOrder("checkInCadenceWeeks", "objectives[1].statement")));
    }

    @Test
    void participantCannotReachTheProgramsApi() throws Exception {
        mvc.perform(get("/api/v1/programs").with(httpBasic(MENTOR, DEMO_PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/programs")
                        .with(httpBasic(MENTEE, DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(ProgramJson.valid().json()))
                .andExpect(status().isForbidden());
    }

    @Test
    void executiveReadsProgramsButCannotChangeThem() throws Exception {
        ProgramJson program = ProgramJson.valid();
        long id = createdId(program);
        mvc.perform(get("/api/v1/programs/{id}", id).with(httpBasic(EXECUTIVE, DEMO_PASSWORD)))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/programs")
                        .with(httpBasic(EXECUTIVE, DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(program.json()))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/programs/{id}", id)
                        .with(httpBasic(EXECUTIVE, DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(program.version(0).json()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/programs/{id}/transitions", id)
                        .with(httpBasic(EXECUTIVE, DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"to\": \"ENROLLING\"}"))
                .andExpect(status().isForbidden());
    }
}
