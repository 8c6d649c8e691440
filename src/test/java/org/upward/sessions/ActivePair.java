package org.upward.sessions;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.upward.support.Passwords;

/**
 * An ACTIVE pair built through the API as an admin would: people imported, a program with focus skills,
 * enrollments, a pair by hand, approved and activated; plus an outsider enrolled in the same program.
 * Everyone gets a password through their invitation. Public for the features that react to a pair's
 * life (notifications, reminders).
 */
public final class ActivePair {

    public static final String PASSWORD = "a-long-test-password";
    static final String ADMIN = "admin@demo.upward.app";
    static final String ADMIN_PASSWORD = "upward-demo";

    public final String run = UUID.randomUUID().toString().substring(0, 8);
    public final String mentor = email("mentor");
    public final String mentee = email("mentee");
    public final String outsider = email("outsider");
    public final String secondMentee = email("second");
    public long programId;
    public long pairId;
    /** With {@link #twoPairs}: the outsider and a second mentee, paired and active too; otherwise 0. */
    public long secondPairId;

    private final MockMvc mvc;

    private ActivePair(MockMvc mvc) {
        this.mvc = mvc;
    }

    /** A program started on {@code startDate} with a cadence of {@code cadenceWeeks}. */
    public static ActivePair create(MockMvc mvc, String startDate, int cadenceWeeks) throws Exception {
        ActivePair pair = new ActivePair(mvc);
        pair.build(startDate, cadenceWeeks, true, false);
        return pair;
    }

    /** The same, plus a second active pair in the program: the outsider with a second mentee. */
    public static ActivePair twoPairs(MockMvc mvc, String startDate, int cadenceWeeks) throws Exception {
        ActivePair pair = new ActivePair(mvc);
        pair.build(startDate, cadenceWeeks, true, true);
        pair.secondPair();
        return pair;
    }

    /** The same, but the pair is only APPROVED: its intro chat has not happened yet. */
    public static ActivePair approvedOnly(MockMvc mvc, String startDate, int cadenceWeeks) throws Exception {
        ActivePair pair = new ActivePair(mvc);
        pair.build(startDate, cadenceWeeks, false, false);
        return pair;
    }

    /**
     * Dates the program's pairs as made on {@code day} (they are made now): for tests that log sessions in the
     * past, since a session can't be dated before its pair started.
     */
    public void pairedOn(JdbcTemplate jdbc, String day) {
        jdbc.update("update mentoring_pair set created_at = cast(? as date) where program_id = ?", day, programId);
    }

    /** Moves the program from MATCHING to RUNNING. */
    public void startProgram() throws Exception {
        transition("RUNNING");
    }

    private String email(String who) {
        return who + "-" + run + "@example.com";
    }

    private void build(String startDate, int cadenceWeeks, boolean activate, boolean second) throws Exception {
        String people = "email,name,department,job_level\n"
                + mentor + ",Mia Mentor " + run + ",IT,2\n"
                + mentee + ",Eve Mentee " + run + ",Finance,8\n"
                + outsider + ",Oscar Outsider " + run + ",Sales,3\n"
                + (second ? secondMentee + ",Sam Second " + run + ",Legal,7\n" : "");
        admin(post("/api/v1/people/import").contentType("text/csv").content(people))
                .andExpect(status().isOk());
        String program = "{\"name\": \"Sessions " + run + "\", \"startDate\": \"" + startDate
                + "\", \"endDate\": \"2099-12-17\", \"checkInCadenceWeeks\": " + cadenceWeeks
                + ", \"sponsorEmail\": \"exec@demo.upward.app\", \"objectives\": [{\"statement\": \"Use AI\","
                + " \"focusSkills\": [\"AI assistants\", \"TikTok\"], \"outcomeMeasure\": \"POST >= 3.5\"}],"
                + " \"matching\": {\"skillGapWeight\": 0.6, \"sharedInterestWeight\": 0.25, \"workStyleWeight\": 0.15,"
                + " \"minScore\": 0, \"excludeSameDepartment\": false, \"objective\": \"TOTAL_SCORE\", \"mode\": \"ADMIN_LED\"}}";
        programId = id(admin(post("/api/v1/programs")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(program))
                .andExpect(status().isCreated()));
        transition("ENROLLING");
        String enrollments = "email,side,skills_offered,skills_wanted,interests,work_style,capacity\n"
                + mentor + ",MENTOR,AI assistants:5;TikTok:5,,golf,INTROVERT,2\n"
                + outsider + ",MENTOR,AI assistants:4,,chess,EXTROVERT,1\n"
                + mentee + ",MENTEE,,AI assistants:1:HIGH,golf,INTROVERT,\n"
                + (second ? secondMentee + ",MENTEE,,TikTok:1:HIGH,chess,AMBIVERT,\n" : "");
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
        if (activate) {
            admin(post("/api/v1/pairs/" + pairId + "/activate")).andExpect(status().isOk());
        }
        for (String person : new String[] {mentor, mentee, outsider}) {
            setPassword(person);
        }
    }

    private void secondPair() throws Exception {
        secondPairId = id(admin(post("/api/v1/programs/" + programId + "/pairs")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"mentorEmail\": \"" + outsider + "\", \"menteeEmail\": \"" + secondMentee + "\"}"))
                .andExpect(status().isCreated()));
        admin(post("/api/v1/pairs/" + secondPairId + "/approve")).andExpect(status().isOk());
        admin(post("/api/v1/pairs/" + secondPairId + "/activate")).andExpect(status().isOk());
        setPassword(secondMentee);
    }

    public ResultActions admin(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(httpBasic(ADMIN, ADMIN_PASSWORD)));
    }

    public ResultActions as(String email, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(httpBasic(email, PASSWORD)));
    }

    private void transition(String to) throws Exception {
        admin(post("/api/v1/programs/" + programId + "/transitions")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"to\": \"" + to + "\"}"))
                .andExpect(status().isOk());
    }

    private void setPassword(String email) throws Exception {
        Passwords.setThroughInvitation(mvc, email, PASSWORD);
    }

    public static long id(ResultActions result) throws Exception {
        return ((Number) JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id")).longValue();
    }
}
