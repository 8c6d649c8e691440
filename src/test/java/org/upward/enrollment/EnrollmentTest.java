package org.upward.enrollment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.upward.people.NewPerson;
import org.upward.people.People;
import org.upward.support.IntegrationTest;

class EnrollmentTest extends IntegrationTest {

    @Autowired
    People people;

    long programId;
    String mentor;
    String mentee;

    @BeforeEach
    void enrollingProgram() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        mentor = person("mentor-" + suffix, "Marketing", 2);
        mentee = person("mentee-" + suffix, "Finance", 8);
        programId = createProgram("Enrollment test " + suffix);
        transition("ENROLLING");
    }

    private String person(String local, String department, int level) {
        String email = local + "@example.com";
        people.registerIfAbsent(new NewPerson(email, "Person " + local, department, "Title", level));
        return email;
    }

    private long createProgram(String name) throws Exception {
        String body = "{\"name\": \"" + name + "\", \"startDate\": \"2027-01-11\", \"endDate\": \"2027-12-17\","
                + " \"sponsorEmail\": \"" + EXECUTIVE + "\", \"checkInCadenceWeeks\": 3,"
                + " \"objectives\": [{\"statement\": \"Executives use AI weekly\", \"focusSkills\": [\"AI assistants\"],"
                + " \"outcomeMeasure\": \"POST self-assessment >= 3.5\"}]}";
        String created = mvc.perform(post("/api/v1/programs")
                        .with(httpBasic(ADMIN, DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return ((Number) JsonPath.read(created, "$.id")).longValue();
    }

    private void transition(String to) throws Exception {
        mvc.perform(post("/api/v1/programs/" + programId + "/transitions")
                        .with(httpBasic(ADMIN, DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"to\": \"" + to + "\"}"))
                .andExpect(status().isOk());
    }

    private org.springframework.test.web.servlet.ResultActions importCsv(String csv) throws Exception {
        return mvc.perform(post("/api/v1/programs/" + programId + "/enrollments/import")
                .with(httpBasic(ADMIN, DEMO_PASSWORD))
                .contentType("text/csv")
                .content(csv.getBytes(StandardCharsets.UTF_8)));
    }

    private int enrollmentsInProgram() {
        return jdbc.queryForObject("select count(*) from enrollment where program_id = ?", Integer.class, programId);
    }

    @Test
    void importsAGoodFileAndUpdatesOnReimport() throws Exception {
        String csv = "email,side,skills_offered,skills_wanted,interests,work_style,meeting_preference,capacity\n"
                + mentor + ",MENTOR,AI assistants:5;TikTok:4,,Sustainability;Gaming,INTROVERT,VIDEO,2\n"
                + mentee + ",mentee,,AI assistants:1:HIGH;Data dashboards:2:MEDIUM,sustainability,EXTROVERT,,\n";
        importCsv(csv)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(2));
        importCsv(csv.replace(",2\n", ",3\n"))
                .andExpect(jsonPath("$.created").value(0))
                .andExpect(jsonPath("$.updated").value(2));
        mvc.perform(get("/api/v1/programs/" + programId + "/enrollments").with(httpBasic(ADMIN, DEMO_PASSWORD)))
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items[?(@.email == '" + mentor + "')].capacity")
                        .value(3))
                .andExpect(jsonPath("$.items[?(@.email == '" + mentor + "')].interests[0]")
                        .value("gaming"))
                .andExpect(jsonPath("$.items[?(@.email == '" + mentee + "')].skillsWanted[0].priority")
                        .value("HIGH"))
                .andExpect(jsonPath("$.items[?(@.email == '" + mentee + "')].complete")
                        .value(true));
    }

    @Test
    void aBadFileImportsNothingAndReportsEveryBadRow() throws Exception {
        String csv = "email,side,skills_offered,skills_wanted,work_style,capacity\n"
                + mentor + ",MENTOR,AI assistants:5,,INTROVERT,1\n"
                + "stranger@example.com,MENTOR,AI assistants:5,,INTROVERT,1\n"
                + mentee + ",MENTEE,,Underwater basketry:1:HIGH,AMBIVERT,\n"
                + mentor + ",MENTEE,,AI assistants:1:HIGH,AMBIVERT,\n"
                + person("m2-" + UUID.randomUUID().toString().substring(0, 6), "IT", 3)
                + ",MENTOR,AI assistants:9,,EXTROVERT,7\n"
                + person("m3-" + UUID.randomUUID().toString().substring(0, 6), "IT", 3) + ",MENTOR,,,EXTROVERT,\n"
                + person("m4-" + UUID.randomUUID().toString().substring(0, 6), "IT", 3)
                + ",MENTEE,,AI assistants:2:URGENT,SHY,\n";
        importCsv(csv)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[?(@.line == 3 && @.field == 'email')]")
                        .exists())
                .andExpect(jsonPath("$.errors[?(@.line == 4 && @.field == 'skills_wanted')].message")
                        .value(Matchers.hasItem(Matchers.containsString("unknown skill"))))
                .andExpect(jsonPath("$.errors[?(@.line == 5 && @.field == 'email')].message")
                        .value(Matchers.hasItem(Matchers.containsString("more than once"))))
                .andExpect(jsonPath("$.errors[?(@.line == 6 && @.field == 'skills_offered')]")
                        .exists())
                .andExpect(jsonPath("$.errors[?(@.line == 6 && @.field == 'capacity')]")
                        .exists())
                .andExpect(jsonPath("$.errors[?(@.line == 7 && @.field == 'skills_offered')].message")
                        .value(Matchers.hasItem(Matchers.containsString("must offer at least one skill"))))
                .andExpect(jsonPath("$.errors[?(@.line == 8 && @.field == 'skills_wanted')]")
                        .exists())
                .andExpect(jsonPath("$.errors[?(@.line == 8 && @.field == 'work_style')]")
                        .exists());
        assertThat(enrollmentsInProgram()).isZero();
    }

    @Test
    void aPersonCannotBeOnBothSides() throws Exception {
        importCsv("email,side,skills_offered,work_style\n" + mentor + ",MENTOR,TikTok:4,AMBIVERT\n")
                .andExpect(status().isOk());
        importCsv("email,side,skills_wanted,work_style\n" + mentor + ",MENTEE,TikTok:1:LOW,AMBIVERT\n")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("side"))
                .andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("both sides")));
    }

    @Test
    void headerProblemsAndUnreadableFilesAreRefused() throws Exception {
        importCsv("email,side,favourite_colour\n" + mentor + ",MENTOR,blue\n")
                .andExpect(status().isUnprocessableContent())
                .andExpect(
                        jsonPath("$.errors[?(@.field == 'favourite_colour')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'work_style')].message")
                        .value(Matchers.hasItem("required column is missing")));
        mvc.perform(post("/api/v1/programs/" + programId + "/enrollments/import")
                        .with(httpBasic(ADMIN, DEMO_PASSWORD))
                        .contentType("text/csv")
                        .content(new byte[] {'e', 'm', (byte) 0xC3, (byte) 0x28}))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("not UTF-8")));
        importCsv("").andExpect(status().isUnprocessableContent());
        assertThat(enrollmentsInProgram()).isZero();
    }

    @Test
    void fileOverTenMegabytesIsTooLarge() throws Exception {
        byte[] big = new byte[10 * 1024 * 1024 + 10];
        java.util.Arrays.fill(big, (byte) 'a');
        mvc.perform(post("/api/v1/programs/" + programId + "/enrollments/import")
                        .with(httpBasic(ADMIN, DEMO_PASSWORD))
                        .contentType("text/csv")
                        .content(big))
                .andExpect(status().isPayloadTooLarge());
    }

    @Test
    void apiPostValidatesFieldsByName() throws Exception {
        mvc.perform(post("/api/v1/programs/" + programId + "/enrollments")
                        .with(httpBasic(ADMIN, DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\": \"" + mentor + "\", \"side\": \"MENTOR\", \"workStyle\": \"AMBIVERT\","
                                + " \"skillsOffered\": [{\"skill\": \"TikTok\", \"level\": 6}]}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("skillsOffered[0].level"));
        mvc.perform(post("/api/v1/programs/" + programId + "/enrollments")
                        .with(httpBasic(ADMIN, DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\": \"" + mentor + "\", \"side\": \"MENTOR\", \"workStyle\": \"AMBIVERT\","
                                + " \"skillsOffered\": [{\"skill\": \"tiktok\", \"level\": 4}], \"capacity\": 2}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.skillsOffered[0].skill").value("TikTok"))
                .andExpect(jsonPath("$.capacity").value(2));
    }

    @Test
    void enrollmentClosesOnceMatchingStarts() throws Exception {
        transition("MATCHING");
        importCsv("email,side,skills_offered,work_style\n" + mentor + ",MENTOR,TikTok:4,AMBIVERT\n")
                .andExpect(status().isConflict());
    }

    @Test
    void participantsCannotUseEnrollmentApis() throws Exception {
        mvc.perform(get("/api/v1/programs/" + programId + "/enrollments").with(httpBasic(MENTOR, DEMO_PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/programs/" + programId + "/enrollments").with(httpBasic(EXECUTIVE, DEMO_PASSWORD)))
                .andExpect(status().isForbidden());
    }

    @Test
    void participantCompletesOnlyTheirOwnProfile() throws Exception {
        Cookie admin = logIn(ADMIN, DEMO_PASSWORD);
        mvc.perform(post("/admin/programs/" + programId + "/enrollments")
                        .cookie(admin)
                        .with(csrf())
                        .param("email", MENTEE)
                        .param("side", "MENTEE"))
                .andExpect(redirectedUrl("/admin/programs/" + programId + "/enrollments"));
        mvc.perform(post("/admin/programs/" + programId + "/enrollments")
                        .cookie(admin)
                        .with(csrf())
                        .param("email", mentor)
                        .param("side", "MENTOR"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/admin/programs/" + programId + "/enrollments").cookie(admin))
                .andExpect(content().string(Matchers.containsString("0 of 1 mentors, 0 of 1 mentees")));
        long own = jdbc.queryForObject(
                "select e.id from enrollment e join person p on p.id = e.person_id where e.program_id = ? and p.email = ?",
                Long.class,
                programId,
                MENTEE);
        long someoneElses = jdbc.queryForObject(
                "select e.id from enrollment e join person p on p.id = e.person_id where e.program_id = ? and p.email = ?",
                Long.class,
                programId,
                mentor);

        Cookie participant = logIn(MENTEE, DEMO_PASSWORD);
        mvc.perform(get("/participant").cookie(participant))
                .andExpect(content().string(Matchers.containsString("Complete your profile")));
        mvc.perform(get("/participant/enrollments/" + someoneElses).cookie(participant))
                .andExpect(status().isNotFound());
        mvc.perform(post("/participant/enrollments/" + someoneElses)
                        .cookie(participant)
                        .with(csrf())
                        .param("version", "0")
                        .param("workStyle", "INTROVERT"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/participant/enrollments/" + own)
                        .cookie(participant)
                        .with(csrf())
                        .param("version", "0")
                        .param("wanted[0].skill", "Quantum knitting")
                        .param("wanted[0].currentLevel", "1")
                        .param("wanted[0].priority", "HIGH"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("unknown skill")))
                .andExpect(content().string(Matchers.containsString("is required: INTROVERT")));
        mvc.perform(post("/participant/enrollments/" + own)
                        .cookie(participant)
                        .with(csrf())
                        .param("version", "0")
                        .param("wanted[0].skill", "AI assistants")
                        .param("wanted[0].currentLevel", "1")
                        .param("wanted[0].priority", "HIGH")
                        .param("interests", "Sailing, Jazz")
                        .param("workStyle", "INTROVERT")
                        .param("meetingPreference", "VIDEO"))
                .andExpect(redirectedUrl("/participant"));
        assertThat(jdbc.queryForList(
                        "select tag from enrollment_interest where enrollment_id = ? order by tag", String.class, own))
                .isEqualTo(List.of("jazz", "sailing"));
        mvc.perform(get("/admin/programs/" + programId + "/enrollments").cookie(admin))
                .andExpect(content().string(Matchers.containsString("0 of 1 mentors, 1 of 1 mentees")));
    }

    @Test
    void mergingASkillMovesProfilesOntoTheSkillKept() throws Exception {
        String duplicateName = "Tik Tok " + UUID.randomUUID().toString().substring(0, 6);
        String created = mvc.perform(post("/api/v1/skills")
                        .with(httpBasic(ADMIN, DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"" + duplicateName + "\", \"category\": \"SOCIAL_MEDIA\"}"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long duplicate = ((Number) JsonPath.read(created, "$.id")).longValue();
        long tiktok = jdbc.queryForObject("select id from skill where name = 'TikTok'", Long.class);
        importCsv("email,side,skills_offered,work_style\n" + mentor + ",MENTOR," + duplicateName
                        + ":4;TikTok:3,AMBIVERT\n")
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/skills/" + duplicate + "/merge")
                        .with(httpBasic(ADMIN, DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"into\": " + tiktok + "}"))
                .andExpect(status().isOk());
        assertThat(jdbc.queryForList(
                        "select o.skill_id from enrollment_skill_offered o join enrollment e on e.id = o.enrollment_id"
                                + " where e.program_id = ?",
                        Long.class,
                        programId))
                .containsExactly(tiktok);
    }

    @Test
    void aRetiredSkillCannotBeChosen() throws Exception {
        String name = "Fax etiquette " + UUID.randomUUID().toString().substring(0, 6);
        String created = mvc.perform(post("/api/v1/skills")
                        .with(httpBasic(ADMIN, DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"" + name + "\", \"category\": \"OTHER\"}"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = ((Number) JsonPath.read(created, "$.id")).longValue();
        jdbc.update("update skill set retired = true where id = ?", id);
        importCsv("email,side,skills_offered,work_style\n" + mentor + ",MENTOR," + name + ":4,AMBIVERT\n")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("skills_offered"))
                .andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("retired")));
        assertThat(enrollmentsInProgram()).isZero();
    }

    @Test
    void withdrawnParticipantsLeaveTheProgramButStayOnRecord() throws Exception {
        importCsv("email,side,skills_offered,work_style\n" + mentor + ",MENTOR,TikTok:4,AMBIVERT\n")
                .andExpect(status().isOk());
        long id = jdbc.queryForObject("select id from enrollment where program_id = ?", Long.class, programId);
        Cookie admin = logIn(ADMIN, DEMO_PASSWORD);
        mvc.perform(post("/admin/programs/" + programId + "/enrollments/" + id + "/withdraw")
                        .cookie(admin)
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/programs/" + programId + "/enrollments"));
        assertThat(jdbc.queryForObject("select status from enrollment where id = ?", String.class, id))
                .isEqualTo("WITHDRAWN");
        mvc.perform(get("/admin/programs/" + programId + "/enrollments").cookie(admin))
                .andExpect(content().string(Matchers.containsString("0 of 0 mentors")));
    }

    @Test
    void profilesFreezeWhenEnrollmentEnds() throws Exception {
        Cookie admin = logIn(ADMIN, DEMO_PASSWORD);
        mvc.perform(post("/admin/programs/" + programId + "/enrollments")
                        .cookie(admin)
                        .with(csrf())
                        .param("email", MENTEE)
                        .param("side", "MENTEE"))
                .andExpect(status().is3xxRedirection());
        long own = jdbc.queryForObject(
                "select e.id from enrollment e join person p on p.id = e.person_id where e.program_id = ? and p.email = ?",
                Long.class,
                programId,
                MENTEE);
        transition("MATCHING");
        mvc.perform(post("/participant/enrollments/" + own)
                        .cookie(logIn(MENTEE, DEMO_PASSWORD))
                        .with(csrf())
                        .param("version", "0")
                        .param("wanted[0].skill", "AI assistants")
                        .param("wanted[0].currentLevel", "1")
                        .param("wanted[0].priority", "HIGH")
                        .param("workStyle", "INTROVERT"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("only while")));
        assertThat(jdbc.queryForObject("select work_style from enrollment where id = ?", String.class, own))
                .isNull();
    }
}
