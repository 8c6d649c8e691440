package org.upward.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.upward.notification.Notice;
import org.upward.notification.NoticeKind;
import org.upward.support.IntegrationTest;

/** Assessment windows: validation, one per phase, response rates, and reminders to non-responders only. */
@RecordApplicationEvents
class AssessmentWindowApiTest extends IntegrationTest {

    @Autowired
    private ApplicationEvents events;

    @Test
    void aWindowNeedsAKnownPhaseAndOrderedDatesAndThereIsOnePerPhase() throws Exception {
        AssessedProgram program = AssessedProgram.create(mvc, false);
        LocalDate today = AssessedProgram.today();
        program.window("PRE", today.plusDays(5), today.plusDays(4))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("closesOn"));
        program.window("MIDDLE", today, today.plusDays(4))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("phase"));
        program.admin(post("/api/v1/programs/" + program.programId + "/assessment-windows")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"phase\": \"PRE\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", Matchers.containsInAnyOrder("opensOn", "closesOn")));
        assertThat(windows(program)).isZero();

        program.window("PRE", today, today)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.phase").value("PRE"))
                .andExpect(jsonPath("$.state").value("OPEN"));
        program.window("PRE", today.plusDays(1), today.plusDays(9))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", Matchers.containsString("already has a PRE assessment window")));
        program.admin(put("/api/v1/programs/" + program.programId + "/assessment-windows/PRE")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"opensOn\": \"" + today.minusDays(3) + "\", \"closesOn\": \"" + today.minusDays(1)
                                + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("CLOSED"));
        program.admin(get("/api/v1/programs/" + program.programId + "/assessment-windows"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(
                        jsonPath("$.items[0].closesOn").value(today.minusDays(1).toString()))
                .andExpect(jsonPath("$.items[0].responseRates[0].side").value("MENTEE"))
                .andExpect(jsonPath("$.items[0].responseRates[0].expected").value(1))
                .andExpect(jsonPath("$.items[0].responseRates[1].expected").value(2));
        assertThat(windows(program)).isOne();
    }

    @Test
    void onlyAdminsManageWindows() throws Exception {
        AssessedProgram program = AssessedProgram.create(mvc, false);
        program.as(program.mentee, get("/api/v1/programs/" + program.programId + "/assessment-windows"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/programs/" + program.programId + "/assessment-windows")
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .httpBasic(EXECUTIVE, DEMO_PASSWORD)))
                .andExpect(status().isForbidden());
        program.as(
                        program.mentee,
                        post("/api/v1/programs/" + program.programId + "/assessment-windows")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"phase\": \"PRE\", \"opensOn\": \"2026-01-01\", \"closesOn\": \"2026-01-02\"}"))
                .andExpect(status().isForbidden());
        program.admin(get("/api/v1/programs/999999999/assessment-windows")).andExpect(status().isNotFound());
    }

    @Test
    void aWindowOpenTodayTellsEveryParticipantAndRemindersGoOnlyToThoseWhoHaveNotAnswered() throws Exception {
        AssessedProgram program = AssessedProgram.create(mvc, false);
        events.clear();
        program.openNow("PRE");
        assertThat(recipients()).containsExactlyInAnyOrder(program.mentor, program.mentee, program.unpaired);
        assertThat(events.stream(Notice.class)).allSatisfy(notice -> {
            assertThat(notice.kind()).isEqualTo(NoticeKind.ASSESSMENT_OPEN);
            assertThat(notice.link()).isEqualTo("/participant/programs/" + program.programId + "/assessments/PRE");
        });

        program.answer(
                        program.mentee,
                        "{\"phase\": \"PRE\", \"ratings\": [{\"skill\": \"AI assistants\", \"level\": 2},"
                                + " {\"skill\": \"TikTok\", \"level\": 1}]}")
                .andExpect(status().isOk());
        program.answer(
                        program.mentor,
                        "{\"phase\": \"PRE\", \"ratings\": [{\"skill\": \"Negotiation\", \"level\": 3}]}")
                .andExpect(status().isOk());
        events.clear();
        program.admin(post("/api/v1/programs/" + program.programId + "/assessment-windows/PRE/reminders"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reminded").value(2));
        assertThat(recipients()).containsExactlyInAnyOrder(program.mentor, program.unpaired);

        program.admin(get("/api/v1/programs/" + program.programId + "/assessment-windows"))
                .andExpect(jsonPath("$.items[0].responseRates[0].responded").value(1))
                .andExpect(jsonPath("$.items[0].responseRates[0].expected").value(1))
                .andExpect(jsonPath("$.items[0].responseRates[1].responded").value(0))
                .andExpect(jsonPath("$.items[0].responseRates[1].started").value(1))
                .andExpect(jsonPath("$.items[0].responseRates[1].expected").value(2));
    }

    @Test
    void aWindowThatOpensLaterTellsNobodyYetAndCannotBeRemindedAbout() throws Exception {
        AssessedProgram program = AssessedProgram.create(mvc, false);
        events.clear();
        program.window(
                        "POST",
                        AssessedProgram.today().plusDays(10),
                        AssessedProgram.today().plusDays(20))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.state").value("UPCOMING"));
        assertThat(recipients()).isEmpty();
        program.admin(post("/api/v1/programs/" + program.programId + "/assessment-windows/POST/reminders"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", Matchers.startsWith("The POST assessment opens on")));
        assertThat(recipients()).isEmpty();
    }

    private List<String> recipients() {
        return events.stream(Notice.class).map(Notice::recipientEmail).toList();
    }

    private int windows(AssessedProgram program) {
        return jdbc.queryForObject(
                "select count(*) from assessment_window where program_id = ?", Integer.class, program.programId);
    }
}
