package org.upward.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.upward.support.IntegrationTest;

class PeoplePagesTest extends IntegrationTest {

    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    private String email(String who) {
        return who + "." + tag + "@pages.example.com";
    }

    private MockHttpServletRequestBuilder personForm(String path, String who, String level, Cookie session) {
        return personForm(path, who, level, "", session);
    }

    private MockHttpServletRequestBuilder personForm(
            String path, String who, String level, String manager, Cookie session) {
        return post(path)
                .cookie(session)
                .with(csrf())
                .param("email", email(who))
                .param("name", "Pat " + who)
                .param("department", "Pages-" + tag)
                .param("jobTitle", "")
                .param("jobLevel", level)
                .param("managerEmail", manager)
                .param("hireDate", "2022-01-10")
                .param("leaveDate", "")
                .param("generation", "");
    }

    @Test
    void adminCreatesAPersonAndFindsThemInTheFilteredList() throws Exception {
        Cookie admin = logIn(ADMIN);
        mvc.perform(personForm("/admin/people", "pat", "4", admin))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/admin/people"));
        mvc.perform(get("/admin/people").param("q", email("pat")).cookie(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Pat pat")))
                .andExpect(content().string(containsString("1 person")));
        mvc.perform(get("/admin/people")
                        .param("department", "Pages-" + tag)
                        .param("level", "5")
                        .cookie(admin))
                .andExpect(content().string(containsString("Nobody matches.")));
        mvc.perform(get("/admin/people/new").cookie(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<datalist id=\"manager-options\">")));
    }

    @Test
    void createWithABadFieldShowsTheErrorNextToTheField() throws Exception {
        Cookie admin = logIn(ADMIN);
        mvc.perform(personForm("/admin/people", "bad", "11", admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Please correct the marked fields.")))
                .andExpect(content().string(containsString("id=\"jobLevel-error\"")))
                .andExpect(content().string(containsString("must be less than or equal to 10")));
        mvc.perform(personForm("/admin/people", "orphan", "3", email("nobody"), admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"managerEmail-error\"")))
                .andExpect(content().string(containsString("no person with email " + email("nobody"))));
        assertThat(jdbc.queryForObject(
                        "select count(*) from person where department = ?", Integer.class, "Pages-" + tag))
                .isZero();
    }

    @Test
    void editWithAStaleVersionSaysSomeoneElseChangedIt() throws Exception {
        Cookie admin = logIn(ADMIN);
        mvc.perform(personForm("/admin/people", "sam", "4", admin)).andExpect(status().isFound());
        mvc.perform(get("/admin/people/" + email("sam") + "/edit").cookie(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"version\" value=\"0\"")));
        mvc.perform(personForm("/admin/people/" + email("sam"), "sam", "5", admin)
                        .param("version", "0"))
                .andExpect(redirectedUrl("/admin/people"));
        mvc.perform(personForm("/admin/people/" + email("sam"), "sam", "6", admin)
                        .param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("changed by someone else")))
                .andExpect(content().string(containsString("Reload")));
        assertThat(jdbc.queryForObject("select job_level from person where email = ?", Integer.class, email("sam")))
                .isEqualTo(5);
    }

    @Test
    void importShowsAPreviewAndWritesOnlyOnConfirm() throws Exception {
        Cookie admin = logIn(ADMIN);
        mvc.perform(personForm("/admin/people", "old", "4", admin)).andExpect(status().isFound());
        mvc.perform(get("/admin/people").cookie(admin)).andExpect(content().string(containsString("Added Pat old.")));
        String csv = "email,name,department,job_level,manager_email\n"
                + email("old") + ",Olga Old,Pages-" + tag + ",7,\n"
                + email("new1") + ",Nina New,Pages-" + tag + ",2," + email("old") + "\n"
                + email("new2") + ",Ned New,Pages-" + tag + ",2," + email("old") + "\n";
        MockMultipartFile file =
                new MockMultipartFile("file", "people.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));

        String preview = mvc.perform(multipart("/admin/people/import")
                        .file(file)
                        .cookie(admin)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("will create 2 people and update 1 person")))
                .andExpect(content().string(containsString("Nina New")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(jdbc.queryForObject("select job_level from person where email = ?", Integer.class, email("old")))
                .isEqualTo(4);
        Matcher id = Pattern.compile("name=\"id\" value=\"([^\"]+)\"").matcher(preview);
        assertThat(id.find()).isTrue();

        mvc.perform(post("/admin/people/import/confirm")
                        .param("id", id.group(1))
                        .cookie(admin)
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/people"));
        mvc.perform(get("/admin/people").cookie(admin))
                .andExpect(content().string(containsString("Imported: 2 created, 1 updated")));
        assertThat(jdbc.queryForObject("select job_level from person where email = ?", Integer.class, email("old")))
                .isEqualTo(7);

        mvc.perform(post("/admin/people/import/confirm")
                        .param("id", id.group(1))
                        .cookie(admin)
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/people/import"));
    }

    @Test
    void importOfABadFileListsEveryBadRowAndOffersNoConfirm() throws Exception {
        Cookie admin = logIn(ADMIN);
        String csv = "email,name,department,job_level\n"
                + email("x") + ",X,Pages-" + tag + ",12\n"
                + "nope,Y,Pages-" + tag + ",3\n";
        MockMultipartFile file =
                new MockMultipartFile("file", "bad.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/admin/people/import").file(file).cookie(admin).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The file has 2 problems")))
                .andExpect(content().string(containsString("<td>job_level</td>")))
                .andExpect(content().string(containsString("<td>3</td>")))
                .andExpect(content().string(not(containsString("Confirm import"))));
        assertThat(jdbc.queryForObject(
                        "select count(*) from person where department = ?", Integer.class, "Pages-" + tag))
                .isZero();
    }

    @Test
    void exportButtonDownloadsPeopleCsv() throws Exception {
        Cookie admin = logIn(ADMIN);
        mvc.perform(get("/admin/people/export").cookie(admin))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("people.csv")))
                .andExpect(content().string(containsString("email,name,department,job_title,job_level")));
    }

    @Test
    void participantCannotOpenThePeoplePages() throws Exception {
        Cookie mentor = logIn(MENTOR);
        mvc.perform(get("/admin/people").cookie(mentor)).andExpect(status().isForbidden());
        mvc.perform(get("/admin/people/import").cookie(mentor)).andExpect(status().isForbidden());
        mvc.perform(get("/admin/people/export").cookie(mentor)).andExpect(status().isForbidden());
    }
}
