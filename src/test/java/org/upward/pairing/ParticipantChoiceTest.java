package org.upward.pairing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.upward.support.FlashMatchers.flashSuccess;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.upward.support.IntegrationTest;
import org.upward.support.Passwords;

/** Participant choice and hybrid matching on PostgreSQL, through the API. */
class ParticipantChoiceTest extends IntegrationTest {

    private static final String PASSWORD = "a-long-test-password";

    private final Set<String> withPassword = new HashSet<>();
    private String run;

    private String email(String who) {
        return who + "-" + run + "@example.com";
    }

    /** Six mentors (capacity 1) who all offer what three mentees want, in a program in MATCHING. */
    private long program(String mode) throws Exception {
        run = UUID.randomUUID().toString().substring(0, 8);
        StringBuilder people = new StringBuilder("email,name,department,job_level,manager_email\n");
        StringBuilder enrollments =
                new StringBuilder("email,side,skills_offered,skills_wanted,interests,work_style,capacity\n");
        for (int i = 1; i <= 6; i++) {
            people.append(email("m" + i)).append(",Mentor ").append(i).append(",IT,2,\n");
            enrollments
                    .append(email("m" + i))
                    .append(",MENTOR,AI assistants:")
                    .append(i % 3 + 3)
                    .append(",,golf,INTROVERT,1\n");
        }
        for (int i = 1; i <= 3; i++) {
            people.append(email("e" + i)).append(",Mentee ").append(i).append(",Finance,7,\n");
            enrollments.append(email("e" + i)).append(",MENTEE,,AI assistants:1:HIGH,golf,INTROVERT,\n");
        }
        admin(post("/api/v1/people/import").contentType("text/csv").content(people.toString()))
                .andExpect(status().isOk());
        long id = createProgram(mode);
        transition(id, "ENROLLING").andExpect(status().isOk());
        admin(post("/api/v1/programs/" + id + "/enrollments/import")
                        .contentType("text/csv")
                        .content(enrollments.toString()))
                .andExpect(status().isOk());
        transition(id, "MATCHING").andExpect(status().isOk());
        return id;
    }

    private long createProgram(String mode) throws Exception {
        String program = "{\"name\": \"Choice " + run + " " + mode
                + "\", \"startDate\": \"2027-01-11\", \"endDate\": \"2027-12-17\","
                + " \"sponsorEmail\": \"" + EXECUTIVE + "\", \"objectives\": [{\"statement\": \"Use AI\","
                + " \"focusSkills\": [\"AI assistants\"], \"outcomeMeasure\": \"POST >= 3.5\"}],"
                + " \"matching\": {\"skillGapWeight\": 0.6, \"sharedInterestWeight\": 0.25, \"workStyleWeight\": 0.15,"
                + " \"minScore\": 1, \"excludeSameDepartment\": false, \"objective\": \"TOTAL_SCORE\", \"mode\": \""
                + mode + "\"}}";
        String created = admin(post("/api/v1/programs")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(program))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return ((Number) JsonPath.read(created, "$.id")).longValue();
    }

    private ResultActions admin(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(httpBasic(ADMIN, DEMO_PASSWORD)));
    }

    private ResultActions as(String who, MockHttpServletRequestBuilder request) throws Exception {
        String email = email(who);
        if (withPassword.add(email)) {
            Passwords.setThroughInvitation(mvc, email, PASSWORD);
        }
        return mvc.perform(request.with(httpBasic(email, PASSWORD)));
    }

    private ResultActions transition(long id, String to) throws Exception {
        return admin(post("/api/v1/programs/" + id + "/transitions")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"to\": \"" + to + "\"}"));
    }

    private ResultActions ask(long programId, String mentee, String mentor) throws Exception {
        return as(
                mentee,
                post("/api/v1/programs/" + programId + "/pair-requests")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"mentorEmail\": \"" + email(mentor) + "\"}"));
    }

    private long requested(long programId, String mentee, String mentor) throws Exception {
        String body = ask(programId, mentee, mentor)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("REQUESTED"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    private ResultActions answer(String mentor, long requestId, String verb) throws Exception {
        return as(mentor, post("/api/v1/pair-requests/" + requestId + "/" + verb));
    }

    private List<Map<String, Object>> pairs(long programId) throws Exception {
        return JsonPath.read(
                admin(get("/api/v1/programs/" + programId + "/pairs"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.items");
    }

    @Test
    void aMenteeSeesAtMostFiveEligibleMentorsWithRoomBestFirstAndExplained() throws Exception {
        long id = program("PARTICIPANT_CHOICE");
        String body = as("e1", get("/api/v1/programs/" + id + "/pairing/options"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<Map<String, Object>> options = JsonPath.read(body, "$");
        assertThat(options).hasSize(5).allSatisfy(o -> {
            assertThat(o.get("eligible")).isEqualTo(true);
            assertThat(o.get("explanation")).asString().isNotBlank();
            assertThat(o.get("breakdown")).asString().contains("skillGap");
        });
        List<Double> scores = options.stream()
                .map(o -> ((Number) o.get("score")).doubleValue())
                .toList();
        assertThat(scores).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    void requestAcceptConfirmMakesAnApprovedPairAndTheMentorLeavesOthersOptions() throws Exception {
        long id = program("PARTICIPANT_CHOICE");
        long request = requested(id, "e1", "m1");
        answer("m1", request, "accept")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACCEPTED"));
        as("e2", get("/api/v1/programs/" + id + "/pairing/options"))
                .andExpect(status().isOk())
                .andExpect(jsonPath(
                        "$[*].mentorEmail", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(email("m1")))));
        admin(post("/api/v1/pair-requests/" + request + "/confirm"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED"))
                .andExpect(jsonPath("$.mentorEmail").value(email("m1")))
                .andExpect(jsonPath("$.menteeEmail").value(email("e1")))
                .andExpect(jsonPath("$.explanation").isNotEmpty());
        assertThat(pairs(id)).anySatisfy(p -> {
            assertThat(p.get("menteeEmail")).isEqualTo(email("e1"));
            assertThat(p.get("status")).isEqualTo("APPROVED");
        });
        as("e1", get("/api/v1/programs/" + id + "/pair-requests"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].status").value("CONFIRMED"));
        as("e1", get("/api/v1/programs/" + id + "/pairing/options")).andExpect(status().isConflict());
        assertThat(jdbc.queryForList(
                        "select actor_email, subject_type, summary from audit_entry where action = 'PAIR_APPROVED'"
                                + " and program_id = ?",
                        id))
                .as("the admin's confirmation is in the audit log")
                .singleElement()
                .satisfies(entry -> {
                    assertThat(entry.get("actor_email")).isEqualTo(ADMIN);
                    assertThat(entry.get("subject_type")).isEqualTo("PAIR");
                    assertThat(entry.get("summary")).asString().contains("confirmed the mentee's request");
                });
        for (String partner : new String[] {email("e1"), email("m1")}) {
            assertThat(jdbc.queryForObject(
                            "select count(*) from notification n join person p on p.id = n.person_id"
                                    + " where p.email = ? and n.kind = 'NEW_PAIR'",
                            Long.class,
                            partner))
                    .as("the confirmed pair's partners are told")
                    .isEqualTo(1);
        }
    }

    @Test
    void aDeclinedMenteeMayAskAnotherMentor() throws Exception {
        long id = program("PARTICIPANT_CHOICE");
        long request = requested(id, "e1", "m1");
        answer("m1", request, "decline")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DECLINED"));
        answer("m1", request, "accept").andExpect(status().isConflict());
        requested(id, "e1", "m2");
    }

    @Test
    void onlyTheAskedMentorAnswersAndOnlyTheAdminConfirms() throws Exception {
        long id = program("PARTICIPANT_CHOICE");
        long request = requested(id, "e1", "m1");
        answer("m2", request, "accept").andExpect(status().isForbidden());
        answer("e2", request, "decline").andExpect(status().isForbidden());
        as("m1", post("/api/v1/pair-requests/" + request + "/confirm")).andExpect(status().isForbidden());
        admin(post("/api/v1/pair-requests/" + request + "/confirm")).andExpect(status().isConflict());
    }

    @Test
    void aMentorWhoIsNotAnOptionIsRefusedWith422() throws Exception {
        long id = program("PARTICIPANT_CHOICE");
        ask(id, "e1", "e2")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("mentorEmail"));
        ask(id, "e1", "nobody").andExpect(status().isUnprocessableEntity());
    }

    @Test
    void aMenteeHasOneLiveRequestAtATime() throws Exception {
        long id = program("PARTICIPANT_CHOICE");
        requested(id, "e1", "m1");
        ask(id, "e1", "m2").andExpect(status().isConflict());
    }

    @Test
    void aFullMentorCannotAcceptAnotherRequest() throws Exception {
        long id = program("PARTICIPANT_CHOICE");
        long first = requested(id, "e1", "m1");
        long second = requested(id, "e2", "m1");
        answer("m1", first, "accept").andExpect(status().isOk());
        answer("m1", second, "accept").andExpect(status().isConflict());
        ask(id, "e3", "m1").andExpect(status().isUnprocessableEntity());
    }

    @Test
    void anAdminLedProgramRefusesChoice() throws Exception {
        program("PARTICIPANT_CHOICE");
        long adminLed = createProgram("ADMIN_LED");
        as("e1", get("/api/v1/programs/" + adminLed + "/pairing/options"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").isNotEmpty());
        ask(adminLed, "e1", "m1").andExpect(status().isConflict());
    }

    @Test
    void executivesHaveNoAccessToChoice() throws Exception {
        long id = program("PARTICIPANT_CHOICE");
        mvc.perform(get("/api/v1/programs/" + id + "/pairing/options").with(httpBasic(EXECUTIVE, DEMO_PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/programs/" + id + "/pair-requests").with(httpBasic(EXECUTIVE, DEMO_PASSWORD)))
                .andExpect(status().isForbidden());
        admin(get("/api/v1/programs/" + id + "/pairing/options")).andExpect(status().isForbidden());
    }

    @Test
    void aHybridRunPairsTheRestAndLeavesConfirmedAndAcceptedChoicesAlone() throws Exception {
        long id = program("HYBRID");
        long confirmed = requested(id, "e1", "m1");
        answer("m1", confirmed, "accept").andExpect(status().isOk());
        admin(post("/api/v1/pair-requests/" + confirmed + "/confirm")).andExpect(status().isOk());
        long accepted = requested(id, "e2", "m2");
        answer("m2", accepted, "accept").andExpect(status().isOk());

        String result = admin(post("/api/v1/programs/" + id + "/pairing-runs")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"preview\": false}"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<Map<String, Object>> proposed = JsonPath.read(result, "$.pairs");
        assertThat(proposed).hasSize(1);
        assertThat(proposed.get(0).get("menteeEmail")).isEqualTo(email("e3"));
        assertThat(proposed.get(0).get("mentorEmail")).isNotIn(email("m1"), email("m2"));

        admin(post("/api/v1/pair-requests/" + accepted + "/confirm"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED"));
        assertThat(pairs(id))
                .filteredOn(p -> "APPROVED".equals(p.get("status")))
                .extracting(p -> p.get("menteeEmail") + ">" + p.get("mentorEmail"))
                .containsExactlyInAnyOrder(email("e1") + ">" + email("m1"), email("e2") + ">" + email("m2"));
    }

    private Cookie session(String who) throws Exception {
        String email = email(who);
        if (withPassword.add(email)) {
            Passwords.setThroughInvitation(mvc, email, PASSWORD);
        }
        return logIn(email, PASSWORD);
    }

    @Test
    void inPagesAMenteeAsksTheMentorAcceptsAndTheAdminConfirms() throws Exception {
        long id = program("HYBRID");
        Cookie mentee = session("e1");
        mvc.perform(get("/participant").cookie(mentee))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/participant/programs/" + id + "/choice")));
        mvc.perform(get("/participant/programs/" + id + "/choice").cookie(mentee))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ask this mentor")));
        mvc.perform(post("/participant/programs/" + id + "/choice/requests")
                        .param("mentorEmail", email("m1"))
                        .cookie(mentee)
                        .with(csrf()))
                .andExpect(status().isFound())
                .andExpect(flashSuccess("choice.requested"));
        Cookie mentor = session("m1");
        String page = mvc.perform(get("/participant/programs/" + id + "/choice").cookie(mentor))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mentee 1 would like you as their mentor.")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        Matcher accept = Pattern.compile("choice/requests/(\\d+)/accept").matcher(page);
        assertThat(accept.find()).isTrue();
        mvc.perform(post("/participant/programs/" + id + "/choice/requests/" + accept.group(1) + "/accept")
                        .cookie(mentor)
                        .with(csrf()))
                .andExpect(status().isFound())
                .andExpect(flashSuccess("choice.accepted"));
        Cookie admin = logIn(ADMIN);
        mvc.perform(get("/admin/programs/" + id + "/pairing").cookie(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/pairing/requests/" + accept.group(1) + "/confirm")));
        mvc.perform(post("/admin/programs/" + id + "/pairing/requests/" + accept.group(1) + "/confirm")
                        .cookie(admin)
                        .with(csrf()))
                .andExpect(status().isFound())
                .andExpect(flashSuccess("choice.confirmed"));
        assertThat(pairs(id)).anySatisfy(p -> assertThat(p.get("status")).isEqualTo("APPROVED"));
    }
}
