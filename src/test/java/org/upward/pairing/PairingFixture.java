package org.upward.pairing;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A fresh program with three mentors and two mentees, set up through the API as an admin would. One mentor
 * (Jo Junior) is in the reporting line of one mentee (Bea Boss), so that pair is never proposed.
 */
public record PairingFixture(
        long programId,
        String name,
        String boss,
        String juniorUnderBoss,
        String otherJunior,
        String thirdJunior,
        String peer) {

    public static final String ADMIN = "admin@demo.upward.app";
    private static final String PASSWORD = "upward-demo";

    /** Sets the program up and leaves it in {@code finalStatus} (ENROLLING or MATCHING). */
    public static PairingFixture create(MockMvc mvc, String finalStatus) throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        PairingFixture f = new PairingFixture(
                0,
                "Pairing pages " + run,
                "boss-" + run + "@example.com",
                "junior-" + run + "@example.com",
                "other-" + run + "@example.com",
                "third-" + run + "@example.com",
                "peer-" + run + "@example.com");
        String people = "email,name,department,job_level,manager_email\n"
                + f.boss + ",Bea Boss " + run + ",Finance,8,\n"
                + "report-" + run + "@example.com,Rob Report " + run + ",Finance,5," + f.boss + "\n"
                + f.juniorUnderBoss + ",Jo Junior " + run + ",Finance,1,report-" + run + "@example.com\n"
                + f.otherJunior + ",Olli Other " + run + ",Marketing,2,\n"
                + f.thirdJunior + ",Tia Third " + run + ",IT,2,\n"
                + f.peer + ",Pat Peer " + run + ",Sales,7,\n";
        mvc.perform(post("/api/v1/people/import")
                        .with(httpBasic(ADMIN, PASSWORD))
                        .contentType("text/csv")
                        .content(people))
                .andExpect(status().isOk());
        String program = "{\"name\": \"" + f.name + "\", \"startDate\": \"2027-01-11\", \"endDate\": \"2027-12-17\","
                + " \"sponsorEmail\": \"exec@demo.upward.app\", \"objectives\": [{\"statement\": \"Use AI\","
                + " \"focusSkills\": [\"AI assistants\"], \"outcomeMeasure\": \"POST >= 3.5\"}],"
                + " \"matching\": {\"skillGapWeight\": 0.6, \"sharedInterestWeight\": 0.25, \"workStyleWeight\": 0.15,"
                + " \"minScore\": 1, \"excludeSameDepartment\": false, \"objective\": \"TOTAL_SCORE\", \"mode\": \"ADMIN_LED\"}}";
        String created = mvc.perform(post("/api/v1/programs")
                        .with(httpBasic(ADMIN, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(program))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = ((Number) JsonPath.read(created, "$.id")).longValue();
        transition(mvc, id, "ENROLLING");
        String enrollments = "email,side,skills_offered,skills_wanted,interests,work_style,capacity\n"
                + f.juniorUnderBoss + ",MENTOR,AI assistants:5;TikTok:5,,golf,INTROVERT,1\n"
                + f.otherJunior + ",MENTOR,AI assistants:3,,chess,EXTROVERT,1\n"
                + f.thirdJunior + ",MENTOR,TikTok:4,,sailing,AMBIVERT,1\n"
                + f.boss + ",MENTEE,,AI assistants:1:HIGH;TikTok:1:HIGH,golf,INTROVERT,\n"
                + f.peer + ",MENTEE,,TikTok:2:MEDIUM,sailing,AMBIVERT,\n";
        mvc.perform(post("/api/v1/programs/" + id + "/enrollments/import")
                        .with(httpBasic(ADMIN, PASSWORD))
                        .contentType("text/csv")
                        .content(enrollments))
                .andExpect(status().isOk());
        if (finalStatus.equals("MATCHING")) {
            transition(mvc, id, "MATCHING");
        }
        return new PairingFixture(id, f.name, f.boss, f.juniorUnderBoss, f.otherJunior, f.thirdJunior, f.peer);
    }

    private static void transition(MockMvc mvc, long programId, String to) throws Exception {
        mvc.perform(post("/api/v1/programs/" + programId + "/transitions")
                        .with(httpBasic(ADMIN, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"to\": \"" + to + "\"}"))
                .andExpect(status().isOk());
    }

    public String pagePath() {
        return "/admin/programs/" + programId + "/pairing";
    }
}
