package org.upward.survey;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.upward.support.Passwords;

/**
 * A program of its own for each test, built through the API: three mentors and three mentees enrolled,
 * three non-participants for the comparison group and one outsider, everyone with a password; and an
 * open wave whose comparison group is the three.
 */
public final class SurveyFixture {

    public static final String PASSWORD = "a-long-test-password";
    static final String ADMIN = "admin@demo.upward.app";

    public final String run = UUID.randomUUID().toString().substring(0, 8);
    public final List<String> participants = new ArrayList<>();
    public final List<String> comparison = new ArrayList<>();
    public final String outsider = email("outsider");
    final String department = "Survey dept " + run;
    final LocalDate today = LocalDate.now(ZoneOffset.UTC);
    public long programId;
    public long waveId;

    private final MockMvc mvc;

    private SurveyFixture(MockMvc mvc) {
        this.mvc = mvc;
    }

    public static SurveyFixture create(MockMvc mvc) throws Exception {
        SurveyFixture fixture = new SurveyFixture(mvc);
        fixture.build();
        return fixture;
    }

    String email(String who) {
        return who + "-" + run + "@example.com";
    }

    public static String name(String email) {
        return "Name of " + email.substring(0, email.indexOf('@'));
    }

    private void build() throws Exception {
        StringBuilder people = new StringBuilder("email,name,department,job_level\n");
        StringBuilder enrollments =
                new StringBuilder("email,side,skills_offered,skills_wanted,interests,work_style,capacity\n");
        for (int i = 0; i < 3; i++) {
            String mentor = email("mentor" + i);
            String mentee = email("mentee" + i);
            participants.add(mentor);
            participants.add(mentee);
            people.append(mentor).append(',').append(name(mentor)).append(",IT,2\n");
            people.append(mentee).append(',').append(name(mentee)).append(",Finance,8\n");
            enrollments.append(mentor).append(",MENTOR,AI assistants:5,,golf,INTROVERT,1\n");
            enrollments.append(mentee).append(",MENTEE,,AI assistants:1:HIGH,golf,INTROVERT,\n");
            String other = email("compare" + i);
            comparison.add(other);
            people.append(other)
                    .append(',')
                    .append(name(other))
                    .append(',')
                    .append(department)
                    .append(",4\n");
        }
        people.append(outsider).append(',').append(name(outsider)).append(",Sales,3\n");
        admin(post("/api/v1/people/import").contentType("text/csv").content(people.toString()))
                .andExpect(status().isOk());
        String program = "{\"name\": \"Surveys " + run + "\", \"startDate\": \"" + today.minusMonths(1)
                + "\", \"endDate\": \"2099-12-17\", \"checkInCadenceWeeks\": 3,"
                + " \"sponsorEmail\": \"exec@demo.upward.app\", \"objectives\": [{\"statement\": \"Use AI\","
                + " \"focusSkills\": [\"AI assistants\"], \"outcomeMeasure\": \"POST >= 3.5\"}],"
                + " \"matching\": {\"skillGapWeight\": 0.6, \"sharedInterestWeight\": 0.25, \"workStyleWeight\": 0.15,"
                + " \"minScore\": 0, \"excludeSameDepartment\": false, \"objective\": \"TOTAL_SCORE\", \"mode\": \"ADMIN_LED\"}}";
        programId = id(admin(post("/api/v1/programs")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(program))
                .andExpect(status().isCreated()));
        admin(post("/api/v1/programs/" + programId + "/transitions")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"to\": \"ENROLLING\"}"))
                .andExpect(status().isOk());
        admin(post("/api/v1/programs/" + programId + "/enrollments/import")
                        .contentType("text/csv")
                        .content(enrollments.toString()))
                .andExpect(status().isOk());
        for (String person : everyone()) {
            Passwords.setThroughInvitation(mvc, person, PASSWORD);
        }
        waveId = id(admin(post("/api/v1/programs/" + programId + "/survey-waves")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(wave("BASELINE", today.minusDays(2), today.plusDays(10), comparison)))
                .andExpect(status().isCreated()));
    }

    List<String> everyone() {
        List<String> all = new ArrayList<>(participants);
        all.addAll(comparison);
        all.add(outsider);
        return all;
    }

    static String wave(String name, LocalDate opens, LocalDate closes, List<String> comparisonGroup) {
        String group = comparisonGroup == null
                ? ""
                : ", \"comparisonGroup\": ["
                        + String.join(
                                ", ",
                                comparisonGroup.stream()
                                        .map(e -> "\"" + e + "\"")
                                        .toList()) + "]";
        return "{\"wave\": \"" + name + "\", \"opensOn\": \"" + opens + "\", \"closesOn\": \"" + closes + "\"" + group
                + "}";
    }

    public static String answers(int collaboration, int recommend, String comments) {
        return "{\"collaboration\": " + collaboration + ", \"satisfaction\": 4, \"intergenerationalCommunication\": 3,"
                + " \"recommend\": " + recommend + ", \"comments\": "
                + (comments == null ? "null" : "\"" + comments + "\"")
                + "}";
    }

    public ResultActions answer(String email, String wave, String body) throws Exception {
        return as(
                email,
                post("/api/v1/programs/" + programId + "/surveys/" + wave + "/responses")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body));
    }

    /** Moves the wave into the past, so it is closed and its results and export are available. */
    public void close() throws Exception {
        admin(put("/api/v1/programs/" + programId + "/survey-waves/" + waveId)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(wave("BASELINE", today.minusDays(20), today.minusDays(1), null)))
                .andExpect(status().isOk());
    }

    ResultActions admin(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(httpBasic(ADMIN, "upward-demo")));
    }

    ResultActions as(String email, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(httpBasic(email, PASSWORD)));
    }

    static long id(ResultActions result) throws Exception {
        return ((Number) JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id")).longValue();
    }
}
