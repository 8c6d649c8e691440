package org.upward.enrollment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
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
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;
import org.upward.people.NewPerson;
import org.upward.people.People;
import org.upward.support.IntegrationTest;

/** Issue 19: an enrollments.csv that explains itself (template, formats, preview, one message per cell, hints). */
class EnrollmentCsvHelpTest extends IntegrationTest {

    private static final String HEADER = "email,side,skills_offered,skills_wanted,work_style\n";

    @Autowired
    People people;

    long programId;
    String suffix;
    String mentor;
    String mentee;

    @BeforeEach
    void enrollingProgram() throws Exception {
        suffix = UUID.randomUUID().toString().substring(0, 8);
        mentor = person("mentor-" + suffix, 2);
        mentee = person("mentee-" + suffix, 8);
        String body = "{\"name\": \"CSV help " + suffix + "\", \"startDate\": \"2027-01-11\", \"endDate\":"
                + " \"2027-12-17\", \"sponsorEmail\": \"" + EXECUTIVE + "\", \"checkInCadenceWeeks\": 3,"
                + " \"objectives\": [{\"statement\": \"AI weekly\", \"focusSkills\": [\"AI assistants\"],"
                + " \"outcomeMeasure\": \"POST >= 3.5\"}]}";
        String created = mvc.perform(post("/api/v1/programs")
                        .with(httpBasic(ADMIN, DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        programId = ((Number) JsonPath.read(created, "$.id")).longValue();
        mvc.perform(post("/api/v1/programs/" + programId + "/transitions")
                        .with(httpBasic(ADMIN, DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"to\": \"ENROLLING\"}"))
                .andExpect(status().isOk());
    }

    private String person(String local, int level) {
        String email = local + "@csvhelp.example.com";
        people.registerIfAbsent(new NewPerson(email, "Person " + local, "IT", "Title", level));
        return email;
    }

    private ResultActions importCsv(String csv, boolean dryRun) throws Exception {
        return mvc.perform(post("/api/v1/programs/" + programId + "/enrollments/import")
                .param("dryRun", String.valueOf(dryRun))
                .with(httpBasic(ADMIN, DEMO_PASSWORD))
                .contentType("text/csv")
                .content(csv.getBytes(StandardCharsets.UTF_8)));
    }

    private int enrolled() {
        return jdbc.queryForObject("select count(*) from enrollment where program_id = ?", Integer.class, programId);
    }

    private String goodFile() {
        return HEADER + mentor + ",MENTOR,AI assistants:5,,INTROVERT\n" + mentee + ",MENTEE,,AI assistants:1:HIGH,"
                + "extrovert\n";
    }

    @Test
    void theTemplateDownloadsAndImportsAsItIs() throws Exception {
        Cookie admin = logIn(ADMIN);
        String template = mvc.perform(get("/admin/programs/" + programId + "/enrollments/template.csv")
                        .cookie(admin))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(header().string("Content-Disposition", Matchers.containsString("enrollments.csv")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        List<String> lines = template.lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0))
                .isEqualTo("email,side,skills_offered,skills_wanted,interests,work_style,meeting_preference,capacity");
        assertThat(lines.get(1)).contains(",MENTOR,");
        assertThat(lines.get(2)).contains(",MENTEE,");
        mvc.perform(get("/api/v1/programs/" + programId + "/enrollments/template.csv")
                        .with(httpBasic(ADMIN, DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.startsWith("email,side,")));

        importCsv(template, false)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(2));
        assertThat(enrolled()).isEqualTo(2);
    }

    @Test
    void thePageShowsEveryColumnsFormatAndAPeoplePicker() throws Exception {
        mvc.perform(get("/admin/programs/" + programId + "/enrollments").cookie(logIn(ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Skill name:current level:priority")))
                .andExpect(content().string(Matchers.containsString("AI assistants:1:HIGH;TikTok:2:LOW")))
                .andExpect(content().string(Matchers.containsString("INTROVERT (prefers quiet")))
                .andExpect(content().string(Matchers.containsString("template.csv")))
                .andExpect(content().string(Matchers.containsString("list=\"enroll-people\"")))
                .andExpect(content().string(Matchers.containsString("/admin/people/suggestions")));
    }

    @Test
    void aDryRunPreviewsAndWritesNothing() throws Exception {
        importCsv(goodFile(), true)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.toCreate.length()").value(2))
                .andExpect(jsonPath("$.toCreate[0].email").value(mentor))
                .andExpect(jsonPath("$.toCreate[0].line").value(2))
                .andExpect(jsonPath("$.toUpdate.length()").value(0))
                .andExpect(jsonPath("$.problems.length()").value(0))
                .andExpect(jsonPath("$.valid").value(true));
        importCsv(HEADER + mentor + ",MENTOR,AI assistants:5,,SHY\n", true)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.problems[0].field").value("work_style"));
        assertThat(enrolled()).isZero();
    }

    @Test
    void thePageImportsOnlyAfterThePreviewIsConfirmed() throws Exception {
        Cookie admin = logIn(ADMIN);
        MockMultipartFile file = new MockMultipartFile(
                "file", "enrollments.csv", "text/csv", goodFile().getBytes(StandardCharsets.UTF_8));
        Object pendingId = mvc.perform(multipart("/admin/programs/" + programId + "/enrollments/import")
                        .file(file)
                        .cookie(admin)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Person mentee-" + suffix)))
                .andExpect(content().string(Matchers.containsString("enroll 2 people")))
                .andReturn()
                .getModelAndView()
                .getModel()
                .get("pendingId");
        assertThat(pendingId).isNotNull();
        assertThat(enrolled()).isZero();

        mvc.perform(post("/admin/programs/" + programId + "/enrollments/import/confirm")
                        .param("id", "not-" + pendingId)
                        .cookie(admin)
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/programs/" + programId + "/enrollments"));
        assertThat(enrolled()).isZero();
        mvc.perform(post("/admin/programs/" + programId + "/enrollments/import/confirm")
                        .param("id", pendingId.toString())
                        .cookie(admin)
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/programs/" + programId + "/enrollments"));
        assertThat(enrolled()).isEqualTo(2);
    }

    @Test
    void aBadWorkStyleGetsOneMessageNamingRowAndColumn() throws Exception {
        importCsv(HEADER + mentor + ",MENTOR,AI assistants:5,,SHY\n", false)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors.length()").value(1))
                .andExpect(jsonPath("$.errors[0].line").value(2))
                .andExpect(jsonPath("$.errors[0].field").value("work_style"))
                .andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("'SHY' is not a work style")));
    }

    @Test
    void aMisspeltSkillSuggestsTheKnownOne() throws Exception {
        importCsv(HEADER + mentor + ",MENTOR,Prompt writng:4,,AMBIVERT\n", true)
                .andExpect(jsonPath("$.problems.length()").value(1))
                .andExpect(jsonPath("$.problems[0].field").value("skills_offered"))
                .andExpect(jsonPath("$.problems[0].message")
                        .value(Matchers.containsString("did you mean 'Prompt writing'")));
        importCsv(HEADER + mentor + ",MENTOR,Underwater basketry:4,,AMBIVERT\n", true)
                .andExpect(jsonPath("$.problems[0].message").value("unknown skill 'Underwater basketry'"));
    }

    @Test
    void aNearMissEmailSuggestsTheKnownOne() throws Exception {
        String typo = "mentro-" + suffix + "@csvhelp.example.com";
        importCsv(HEADER + typo + ",MENTOR,AI assistants:5,,AMBIVERT\n", true)
                .andExpect(jsonPath("$.problems.length()").value(1))
                .andExpect(jsonPath("$.problems[0].field").value("email"))
                .andExpect(jsonPath("$.problems[0].message").value(Matchers.containsString("did you mean " + mentor)));
        importCsv(HEADER + "nobody-" + suffix + "@elsewhere.example.org,MENTOR,AI assistants:5,,AMBIVERT\n", true)
                .andExpect(jsonPath("$.problems[0].message").value(Matchers.containsString("import people first")));
    }

    @Test
    void thePeoplePickerIsForAdminsAndBounded() throws Exception {
        for (int i = 0; i < 25; i++) {
            person("picker-" + suffix + "-" + i, 3);
        }
        mvc.perform(get("/admin/people/suggestions")
                        .param("q", "picker-" + suffix)
                        .cookie(logIn(ADMIN)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(20))
                .andExpect(jsonPath("$[0].email").value(Matchers.startsWith("picker-" + suffix)));
        mvc.perform(get("/admin/people/suggestions")
                        .param("q", "picker-" + suffix)
                        .cookie(logIn(MENTOR)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/people/suggestions").param("q", "picker-" + suffix))
                .andExpect(status().is3xxRedirection());
    }
}
