package org.upward.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.ResultActions;
import org.upward.support.IntegrationTest;
import org.upward.support.Passwords;

/**
 * Six mentors and one mentee answer a wave: the admin knows who the one mentee is, so no cell of the export
 * may set one row apart by its side, and the survey page names nobody who has or hasn't answered.
 */
class SurveySmallSideTest extends IntegrationTest {

    private static String body(ResultActions result) throws Exception {
        return result.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    /** Enrolls three more mentors in the fixture's program, with passwords. */
    private List<String> threeMoreMentors(SurveyFixture f) throws Exception {
        StringBuilder people = new StringBuilder("email,name,department,job_level\n");
        StringBuilder enrollments =
                new StringBuilder("email,side,skills_offered,skills_wanted,interests,work_style,capacity\n");
        List<String> mentors = new ArrayList<>();
        for (int i = 3; i < 6; i++) {
            String mentor = f.email("mentor" + i);
            mentors.add(mentor);
            people.append(mentor).append(',').append(SurveyFixture.name(mentor)).append(",IT,2\n");
            enrollments.append(mentor).append(",MENTOR,AI assistants:5,,golf,INTROVERT,1\n");
        }
        f.admin(post("/api/v1/people/import").contentType("text/csv").content(people.toString()))
                .andExpect(status().isOk());
        f.admin(post("/api/v1/programs/" + f.programId + "/enrollments/import")
                        .contentType("text/csv")
                        .content(enrollments.toString()))
                .andExpect(status().isOk());
        for (String mentor : mentors) {
            Passwords.setThroughInvitation(mvc, mentor, SurveyFixture.PASSWORD);
        }
        return mentors;
    }

    @Test
    void aLoneMenteeAmongSixMentorsIsNotTheOneRowApartAndNobodyIsNamedOnThePage() throws Exception {
        SurveyFixture f = SurveyFixture.create(mvc);
        List<String> mentors = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            mentors.add(f.email("mentor" + i));
        }
        mentors.addAll(threeMoreMentors(f));
        String mentee = f.email("mentee0");
        for (String mentor : mentors) {
            f.answer(mentor, "BASELINE", SurveyFixture.answers(3, 8, null)).andExpect(status().isCreated());
        }
        f.answer(mentee, "BASELINE", SurveyFixture.answers(1, 0, null)).andExpect(status().isCreated());
        f.close();

        String csv = body(f.admin(get("/api/v1/programs/" + f.programId + "/surveys/responses.csv")));
        String[] lines = csv.split("\r\n");
        assertThat(lines).as("the header and all seven answers").hasSize(8);
        for (int i = 1; i < lines.length; i++) {
            String[] cells = lines[i].split(",", -1);
            assertThat(cells[2]).isEqualTo("PARTICIPANT");
            assertThat(cells[3])
                    .as("side, left out while one side has fewer than 5")
                    .isEmpty();
        }

        String page = body(
                mvc.perform(get("/admin/programs/" + f.programId + "/surveys").cookie(logIn(ADMIN))));
        assertThat(page).contains("7 of 9 answered");
        List<String> enrolled = new ArrayList<>(f.participants);
        enrolled.addAll(mentors);
        for (String person : enrolled) {
            assertThat(page)
                    .as("who has or hasn't answered is not on the page")
                    .doesNotContain(person)
                    .doesNotContain(SurveyFixture.name(person));
        }
    }
}
