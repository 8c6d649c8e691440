package org.upward.assessment;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.upward.support.Passwords;

/**
 * A program built through the API as an admin would: mentees rate AI assistants and TikTok (the
 * objectives' focus skills), mentors rate Financial acumen and Negotiation; a mentor and a mentee in an
 * active pair, a second mentor without a pair, and an outsider who is not enrolled at all.
 */
final class AssessedProgram {

    static final String PASSWORD = "a-long-test-password";
    static final String ADMIN = "admin@demo.upward.app";
    static final String ADMIN_PASSWORD = "upward-demo";
    static final String EXECUTIVE = "exec@demo.upward.app";

    final String run = UUID.randomUUID().toString().substring(0, 8);
    final String mentor = email("mentor");
    final String mentee = email("mentee");
    final String unpaired = email("unpaired");
    final String outsider = email("outsider");
    long programId;
    long pairId;

    private final MockMvc mvc;

    private AssessedProgram(MockMvc mvc) {
        this.mvc = mvc;
    }

    static AssessedProgram create(MockMvc mvc, boolean partnerRating) throws Exception {
        AssessedProgram program = new AssessedProgram(mvc);
        program.build(partnerRating);
        return program;
    }

    static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    private String email(String who) {
        return who + "-" + run + "@example.com";
    }

    private void build(boolean partnerRating) throws Exception {
        String people = "email,name,department,job_level\n"
                + mentor + ",Mia Mentor " + run + ",IT,2\n"
                + mentee + ",Eve Mentee " + run + ",Finance,8\n"
                + unpaired + ",Uma Unpaired " + run + ",Sales,3\n"
                + outsider + ",Oscar Outsider " + run + ",Sales,4\n";
        admin(post("/api/v1/people/import").contentType("text/csv").content(people))
                .andExpect(status().isOk());
        String program = "{\"name\": \"Assessed " + run + "\", \"startDate\": \"2026-01-05\","
                + " \"endDate\": \"2099-12-17\", \"sponsorEmail\": \"exec@demo.upward.app\","
                + " \"objectives\": [{\"statement\": \"Use AI\", \"focusSkills\": [\"AI assistants\", \"TikTok\"],"
                + " \"outcomeMeasure\": \"POST >= 3.5\"}],"
                + " \"matching\": {\"skillGapWeight\": 0.6, \"sharedInterestWeight\": 0.25, \"workStyleWeight\": 0.15,"
                + " \"minScore\": 0, \"excludeSameDepartment\": false, \"objective\": \"TOTAL_SCORE\","
                + " \"mode\": \"ADMIN_LED\"},"
                + " \"assessment\": {\"mentorSkills\": [\"Financial acumen\", \"Negotiation\"], \"partnerRating\": "
                + partnerRating + "}}";
        programId = id(admin(post("/api/v1/programs")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(program))
                .andExpect(status().isCreated()));
        transition("ENROLLING");
        String enrollments = "email,side,skills_offered,skills_wanted,interests,work_style,capacity\n"
                + mentor + ",MENTOR,AI assistants:5;TikTok:5,,golf,INTROVERT,2\n"
                + unpaired + ",MENTOR,AI assistants:4,,chess,EXTROVERT,1\n"
                + mentee + ",MENTEE,,AI assistants:1:HIGH,golf,INTROVERT,\n";
        admin(post("/api/v1/programs/" + programId + "/enrollments/import")
                        .contentType("text/csv")
                        .content(enrollments))
                .andExpect(status().isOk());
        transition("MATCHING");
        pairId = id(admin(post("/api/v1/programs/" + programId + "/pairs")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"mentorEmail\": \"" + mentor + "\", \"menteeEmail\": \"" + mentee + "\"}"))
                .andExpect(status().isCreated()));
        admin(post("/api/v1/pairs/" + pairId + "/approve")).andExpect(status().isOk());
        admin(post("/api/v1/pairs/" + pairId + "/activate")).andExpect(status().isOk());
        for (String person : new String[] {mentor, mentee, unpaired, outsider}) {
            Passwords.setThroughInvitation(mvc, person, PASSWORD);
        }
    }

    /** Opens a window from {@code opensOn} to {@code closesOn} as the admin. */
    ResultActions window(String phase, LocalDate opensOn, LocalDate closesOn) throws Exception {
        return admin(post("/api/v1/programs/" + programId + "/assessment-windows")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"phase\": \"" + phase + "\", \"opensOn\": \"" + opensOn + "\", \"closesOn\": \"" + closesOn
                        + "\"}"));
    }

    /** Opens a window that is open today. */
    void openNow(String phase) throws Exception {
        window(phase, today().minusDays(1), today().plusDays(7)).andExpect(status().isCreated());
    }

    ResultActions answer(String who, String body) throws Exception {
        return as(
                who,
                post("/api/v1/programs/" + programId + "/assessments")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body));
    }

    ResultActions admin(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(httpBasic(ADMIN, ADMIN_PASSWORD)));
    }

    ResultActions as(String email, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(httpBasic(email, PASSWORD)));
    }

    void transition(String to) throws Exception {
        admin(post("/api/v1/programs/" + programId + "/transitions")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"to\": \"" + to + "\"}"))
                .andExpect(status().isOk());
    }

    static long id(ResultActions result) throws Exception {
        return ((Number) JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id")).longValue();
    }
}
