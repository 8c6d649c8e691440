package org.upward.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.upward.sessions.ActivePair;
import org.upward.support.IntegrationTest;
import org.upward.support.Passwords;

/**
 * A program's own wording of its messages: an unknown or malformed placeholder is refused and nothing is stored;
 * the preview and the message sent escape a value's HTML; the edited text is what people get, the default again
 * after a reset; the next cohort keeps it; only admins see or change it.
 */
class MessageTemplatesTest extends IntegrationTest {

    private static final String SCRIPT_NAME = "<b>Eve</b><script>alert(1)</script> Mentee";

    private ActivePair pair;
    private String templates;

    @BeforeEach
    void program() throws Exception {
        pair = ActivePair.create(mvc, "2025-01-06", 2);
        templates = "/api/v1/programs/" + pair.programId + "/message-templates";
    }

    private ResultActions save(String kind, String subject, String body) throws Exception {
        return pair.admin(put(templates + "/" + kind)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"subject\": \"" + subject + "\", \"body\": \"" + body + "\"}"));
    }

    private int stored(long programId) {
        return jdbc.queryForObject(
                "select count(*) from message_template where program_id = ?", Integer.class, programId);
    }

    private static String body(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void anUnknownOrMalformedPlaceholderIsRefusedNamingItAndNothingIsStored() throws Exception {
        save("APPLICATION_ACCEPTED", "Welcome {firstName}", "Your {salary} is agreed")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("body"))
                .andExpect(jsonPath("$.errors[0].message", Matchers.containsString("{salary}")))
                .andExpect(jsonPath("$.errors[0].message", Matchers.containsString("{programName}")));
        save("APPLICATION_ACCEPTED", "Hello {first name}", "Fine")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("subject"))
                .andExpect(jsonPath("$.errors[0].message", Matchers.containsString("{first name}")));
        save("APPLICATION_ACCEPTED", "", "{partnerName} is not one of its placeholders")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", Matchers.containsInAnyOrder("subject", "body")));
        save("NO_SUCH_KIND", "Hi", "Hi").andExpect(status().isNotFound());
        mvc.perform(post("/admin/programs/" + pair.programId + "/messages/APPLICATION_ACCEPTED")
                        .cookie(logIn(ADMIN))
                        .with(csrf())
                        .param("subject", "Hi {salary}")
                        .param("body", "Text"))
                .andExpect(status().isOk())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
                        .contains("{salary} is not a placeholder of this message"));
        assertThat(stored(pair.programId)).isZero();
    }

    @Test
    void thePreviewUsesARealParticipantAndEscapesHtml() throws Exception {
        jdbc.update("update person set name = ? where email = ?", SCRIPT_NAME, pair.mentee);
        pair.admin(post(templates + "/LAUNCH_ANNOUNCEMENT/preview")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\": \"" + pair.mentee
                                + "\", \"body\": \"Hello {firstName}\\nof {programName}\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.recipientEmail").value(pair.mentee))
                .andExpect(jsonPath("$.example").value(false))
                .andExpect(jsonPath("$.subject").value("Sessions " + pair.run + " starts now"))
                .andExpect(
                        jsonPath("$.body").value("Hello <b>Eve</b><script>alert(1)</script>\nof Sessions " + pair.run))
                .andExpect(jsonPath("$.bodyHtml")
                        .value("Hello &lt;b&gt;Eve&lt;/b&gt;&lt;script&gt;alert(1)&lt;/script&gt;<br>\nof Sessions "
                                + pair.run));
        String page = body(mvc.perform(get("/admin/programs/" + pair.programId + "/messages/LAUNCH_ANNOUNCEMENT")
                        .param("email", pair.mentee)
                        .cookie(logIn(ADMIN)))
                .andExpect(status().isOk()));
        assertThat(page).contains("Hello &lt;b&gt;Eve&lt;/b&gt;&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(page).doesNotContain("<script>alert(1)");
        pair.admin(post(templates + "/LAUNCH_ANNOUNCEMENT/preview")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\": \"" + ADMIN + "\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("email"));
        pair.admin(post(templates + "/SPONSOR_SUMMARY/preview"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.recipientEmail").value(EXECUTIVE))
                .andExpect(jsonPath("$.subject", Matchers.startsWith("How \"Sessions " + pair.run + "\" is doing")));
        pair.admin(post(templates + "/LAUNCH_ANNOUNCEMENT/preview")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"body\": \"Hi {salary}\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("body"));
    }

    @Test
    void theEditedLaunchAnnouncementIsWhatParticipantsGetWithTheirNameEscapedOnThePage() throws Exception {
        jdbc.update("update person set name = ? where email = ?", SCRIPT_NAME, pair.mentee);
        save("LAUNCH_ANNOUNCEMENT", "{programName} is on", "Dear {firstName}, off we go: {link}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.edited").value(true))
                .andExpect(jsonPath("$.label").value("Launch announcement"));
        pair.startProgram();
        Map<String, Object> notice = jdbc.queryForMap(
                "select n.subject, n.text from notification n join person p on p.id = n.person_id"
                        + " where p.email = ? and n.kind = 'PROGRAM_LAUNCHED'",
                pair.mentee);
        assertThat(notice.get("subject")).isEqualTo("Sessions " + pair.run + " is on");
        assertThat((String) notice.get("text"))
                .startsWith("Dear <b>Eve</b><script>alert(1)</script>, off we go: http")
                .endsWith("/participant");
        assertThat(jdbc.queryForObject(
                        "select count(*) from notification n join person p on p.id = n.person_id"
                                + " where p.email in (?, ?, ?) and n.kind = 'PROGRAM_LAUNCHED'",
                        Integer.class,
                        pair.mentor,
                        pair.mentee,
                        pair.outsider))
                .isEqualTo(3);
        String inbox = body(mvc.perform(get("/notifications").cookie(logIn(pair.mentee, ActivePair.PASSWORD)))
                .andExpect(status().isOk()));
        assertThat(inbox).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)");
        assertThat(jdbc.queryForList(
                        "select action from audit_entry where program_id = ? and action in"
                                + " ('MESSAGE_TEMPLATE_CHANGED', 'LAUNCH_ANNOUNCED') order by id",
                        String.class,
                        pair.programId))
                .containsExactly("MESSAGE_TEMPLATE_CHANGED", "LAUNCH_ANNOUNCED");
    }

    @Test
    void theApplicantGetsTheEditedAcceptedMessageAndTheDefaultAgainAfterAReset() throws Exception {
        String ana = "ana-" + pair.run + "@example.com";
        pair.admin(post("/api/v1/people/import")
                        .contentType("text/csv")
                        .content("email,name,department,job_level\n" + ana + ",Ana Applicant " + pair.run + ",IT,2\n"))
                .andExpect(status().isOk());
        Passwords.setThroughInvitation(mvc, ana, ActivePair.PASSWORD);
        long programId = ActivePair.id(pair.admin(post("/api/v1/programs")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"Intake " + pair.run + "\", \"startDate\": \"2030-01-07\", \"endDate\":"
                                + " \"2099-12-17\", \"checkInCadenceWeeks\": 2, \"sponsorEmail\": \"" + EXECUTIVE
                                + "\", \"objectives\": [{\"statement\": \"Use AI\", \"focusSkills\": [\"AI"
                                + " assistants\"], \"outcomeMeasure\": \"POST >= 3.5\"}]}"))
                .andExpect(status().isCreated()));
        pair.admin(post("/api/v1/programs/" + programId + "/transitions")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"to\": \"ENROLLING\"}"))
                .andExpect(status().isOk());
        pair.admin(put("/api/v1/programs/" + programId + "/intake")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"opensOn\": \"2020-01-01\", \"closesOn\": \"2099-12-31\", \"sides\": [\"MENTOR\","
                                + " \"MENTEE\"], \"questions\": [], \"places\": {}, \"managerApproval\": false}"))
                .andExpect(status().isOk());
        String accepted = "/api/v1/programs/" + programId + "/message-templates/APPLICATION_ACCEPTED";
        pair.admin(put(accepted)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"subject\": \"You are in, {firstName}\", \"body\": \"{programName} has a place"
                                + " for you.\"}"))
                .andExpect(status().isOk());
        long application = ActivePair.id(mvc.perform(post("/api/v1/programs/" + programId + "/applications")
                        .with(httpBasic(ana, ActivePair.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"side\": \"MENTOR\", \"answers\": {}, \"skillsOffered\": [{\"skill\": \"AI"
                                + " assistants\", \"level\": 5}], \"interests\": [], \"workStyle\": \"INTROVERT\","
                                + " \"capacity\": 1}"))
                .andExpect(status().isCreated()));
        pair.admin(post("/api/v1/applications/" + application + "/accept")).andExpect(status().isOk());
        assertThat(jdbc.queryForList(
                        "select n.subject || ' / ' || n.text from notification n join person p on p.id = n.person_id"
                                + " where p.email = ? and n.kind = 'APPLICATION' order by n.id",
                        String.class,
                        ana))
                .containsExactly(
                        "Your application to Intake " + pair.run + " / Your application to Intake " + pair.run
                                + " has a place and waits for an admin’s decision. We will tell you what they decide.",
                        "You are in, Ana / Intake " + pair.run + " has a place for you.");

        pair.admin(delete(accepted))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.edited").value(false))
                .andExpect(jsonPath("$.subject").value("Welcome to {programName}"));
        pair.admin(get("/api/v1/programs/" + programId + "/message-templates"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.kind == 'APPLICATION_ACCEPTED')].edited")
                        .value(false))
                .andExpect(jsonPath("$.items[?(@.kind == 'APPLICATION_ACCEPTED')].placeholders[0]")
                        .value("{firstName}"));
        assertThat(stored(programId)).isZero();
    }

    @Test
    void theNextCohortKeepsTheProgramsOwnWording() throws Exception {
        save("PAIR_INTRODUCED_TO_MENTOR", "Meet {partnerName}", "You and {partnerName} in {programName}.")
                .andExpect(status().isOk());
        long copy = ActivePair.id(pair.admin(post("/api/v1/programs/" + pair.programId + "/copies")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"Next " + pair.run + "\", \"startDate\": \"2026-01-05\","
                                + " \"endDate\": \"2026-12-18\"}"))
                .andExpect(status().isCreated()));
        pair.admin(get("/api/v1/programs/" + copy + "/message-templates/PAIR_INTRODUCED_TO_MENTOR"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.edited").value(true))
                .andExpect(jsonPath("$.subject").value("Meet {partnerName}"))
                .andExpect(jsonPath("$.body").value("You and {partnerName} in {programName}."));
        assertThat(stored(copy)).isEqualTo(1);
    }

    @Test
    void onlyAdminsSeeOrChangeMessages() throws Exception {
        for (String who : new String[] {EXECUTIVE, MENTEE}) {
            mvc.perform(get(templates).with(httpBasic(who, DEMO_PASSWORD))).andExpect(status().isForbidden());
            mvc.perform(put(templates + "/LAUNCH_ANNOUNCEMENT")
                            .with(httpBasic(who, DEMO_PASSWORD))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"subject\": \"Hi\", \"body\": \"Hi\"}"))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/admin/programs/" + pair.programId + "/messages").cookie(logIn(who)))
                    .andExpect(status().isForbidden());
        }
        assertThat(stored(pair.programId)).isZero();
    }
}
