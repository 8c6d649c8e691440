package org.upward.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.upward.support.IntegrationTest;

class ProgramPageTest extends IntegrationTest {

    private static MultiValueMap<String, String> filledForm(String name) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("name", name);
        form.add("description", "Juniors teach seniors");
        form.add("startDate", "2027-01-11");
        form.add("endDate", "2027-12-17");
        form.add("successCriteria", "Mentees average 3.5");
        form.add("sponsorEmail", EXECUTIVE);
        form.add("checkInCadenceWeeks", "3");
        form.add("cost", "25000");
        form.add("objectives[0].statement", "");
        form.add("objectives[1].statement", "Executives use AI assistants weekly");
        form.put("objectives[1].focusSkills", List.of("AI assistants", "Prompt writing"));
        form.add("objectives[1].outcomeMeasure", "POST self-assessment >= 3.5");
        form.add("objectives[2].statement", "");
        form.add("matching.skillGapWeight", "0.6");
        form.add("matching.sharedInterestWeight", "0.25");
        form.add("matching.workStyleWeight", "0.15");
        form.add("matching.minScore", "20");
        form.add("matching.objective", "TOTAL_SCORE");
        form.add("matching.mode", "ADMIN_LED");
        return form;
    }

    private static MultiValueMap<String, String> with(MultiValueMap<String, String> form, String... pairs) {
        for (int i = 0; i < pairs.length; i += 2) {
            form.set(pairs[i], pairs[i + 1]);
        }
        return form;
    }

    private long createdId(Cookie session, String name) throws Exception {
        String location = mvc.perform(post("/admin/programs")
                        .params(filledForm(name))
                        .cookie(session)
                        .with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrlPattern("/admin/programs/*"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        mvc.perform(get(location).cookie(session)).andExpect(status().isOk());
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    @Test
    void newProgramFormShowsThreeObjectiveRowsTheCatalogAndTheDefaults() throws Exception {
        Cookie session = logIn(ADMIN);
        mvc.perform(get("/admin/programs/new").cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"objectives[2].statement\"")))
                .andExpect(content().string(containsString("<option value=\"AI assistants\">AI assistants</option>")))
                .andExpect(content().string(containsString("name=\"matching.skillGapWeight\" value=\"0.6\"")))
                .andExpect(content().string(containsString("<datalist id=\"sponsor-choices\">")))
                .andExpect(content().string(containsString(EXECUTIVE)));
    }

    @Test
    void adminCreatesAProgramAndSeesItInTheList() throws Exception {
        Cookie session = logIn(ADMIN);
        String name = "Page program " + UUID.randomUUID();
        long id = createdId(session, name);
        mvc.perform(get("/admin/programs/{id}", id).cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(name)))
                .andExpect(content().string(containsString("Executives use AI assistants weekly")))
                .andExpect(content().string(containsString("AI assistants, Prompt writing")))
                .andExpect(content().string(containsString("Move to Enrolling")));
        mvc.perform(get("/admin/programs?page=0").cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(name)))
                .andExpect(content().string(containsString("badge")));
        Integer objectives =
                jdbc.queryForObject("select count(*) from program_objective where program_id = ?", Integer.class, id);
        assertThat(objectives).isEqualTo(1);
    }

    @Test
    void createWithErrorsReShowsTheFormWithEachProblemAtItsField() throws Exception {
        Cookie session = logIn(ADMIN);
        String name = "Broken " + UUID.randomUUID();
        mvc.perform(post("/admin/programs")
                        .params(with(
                                filledForm(name),
                                "endDate",
                                "2026-01-01",
                                "sponsorEmail",
                                "nobody-" + UUID.randomUUID() + "@example.com",
                                "matching.skillGapWeight",
                                "0",
                                "matching.sharedInterestWeight",
                                "0",
                                "matching.workStyleWeight",
                                "0",
                                "objectives[2].outcomeMeasure",
                                "a measure without statement",
                                "cost",
                                "lots"))
                        .cookie(session)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The end date must be after the start date.")))
                .andExpect(content().string(containsString("is known. Add them to People first.")))
                .andExpect(content().string(containsString("At least one weight must be above 0")))
                .andExpect(content().string(containsString("Say what the objective is.")))
                .andExpect(content().string(containsString("value=\"a measure without statement\"")))
                .andExpect(content().string(containsString("Enter the cost as a number, e.g. 25000.")));
        assertThat(jdbc.queryForObject("select count(*) from program where name = ?", Integer.class, name))
                .isZero();
    }

    @Test
    void aRefusedTransitionReShowsTheProgramWithTheReason() throws Exception {
        Cookie session = logIn(ADMIN);
        long id = createdId(session, "No sponsor " + UUID.randomUUID());
        jdbc.update("update program set sponsor_id = null where id = ?", id);
        mvc.perform(post("/admin/programs/{id}/transitions", id)
                        .param("to", "ENROLLING")
                        .cookie(session)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("That move was refused")))
                .andExpect(content().string(containsString("cannot leave DRAFT: it has no executive sponsor yet")));
    }

    @Test
    void anAllowedTransitionMovesTheProgramAndOffersTheNextStep() throws Exception {
        Cookie session = logIn(ADMIN);
        long id = createdId(session, "Ready " + UUID.randomUUID());
        mvc.perform(post("/admin/programs/{id}/transitions", id)
                        .param("to", "ENROLLING")
                        .cookie(session)
                        .with(csrf()))
                .andExpect(status().isFound());
        mvc.perform(get("/admin/programs/{id}", id).cookie(session))
                .andExpect(content().string(containsString("The program moved to its next status.")))
                .andExpect(content().string(containsString("Move to Matching")))
                .andExpect(content().string(not(containsString("Move to Enrolling"))));
    }

    @Test
    void aStaleEditIsRefusedAsChangedBySomeoneElse() throws Exception {
        Cookie session = logIn(ADMIN);
        String name = "Edited twice " + UUID.randomUUID();
        long id = createdId(session, name);
        mvc.perform(get("/admin/programs/{id}/edit", id).cookie(session))
                .andExpect(content().string(containsString("name=\"version\" value=\"0\"")));
        mvc.perform(post("/admin/programs/{id}", id)
                        .params(with(filledForm(name + " first"), "version", "0"))
                        .cookie(session)
                        .with(csrf()))
                .andExpect(status().isFound());
        mvc.perform(post("/admin/programs/{id}", id)
                        .params(with(filledForm(name + " second"), "version", "0"))
                        .cookie(session)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString("This program was changed by someone else. Reload it and try again.")));
        assertThat(jdbc.queryForObject("select name from program where id = ?", String.class, id))
                .isEqualTo(name + " first");
    }

    @Test
    void unknownProgramPageIsNotFound() throws Exception {
        mvc.perform(get("/admin/programs/999999999").cookie(logIn(ADMIN))).andExpect(status().isNotFound());
    }

    @Test
    void participantsAndExecutivesCannotOpenProgramAdminPages() throws Exception {
        mvc.perform(get("/admin/programs").cookie(logIn(MENTOR))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/programs/new").cookie(logIn(EXECUTIVE))).andExpect(status().isForbidden());
    }
}
