package org.upward.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.upward.support.IntegrationTest;
import org.upward.support.Race;

/**
 * Two admins save the same program at the same moment, both from version 0: both get past the version
 * check, so only the database's optimistic lock can tell them apart. One edit is kept whole, the other
 * is told "changed by someone else"; nothing of it is mixed in.
 */
class ProgramEditRaceTest extends IntegrationTest {

    @Test
    void twoSimultaneousEditsFromTheSameVersionKeepOneWholeAndRefuseTheOtherWith409() throws Exception {
        ProgramJson program = ProgramJson.valid();
        long id = created(program);
        String first = program.name() + " by Ann";
        String second = program.name() + " by Bob";

        List<MockHttpServletResponse> answers = Race.heldAtRow(
                jdbc,
                "program",
                id,
                "update program set%",
                List.of(
                        save(id, ProgramJson.valid().name(first).version(0)),
                        save(
                                id,
                                ProgramJson.valid()
                                        .name(second)
                                        .dates("2027-03-01", "2027-11-30")
                                        .version(0))));

        assertThat(answers).extracting(MockHttpServletResponse::getStatus).containsExactlyInAnyOrder(200, 409);
        MockHttpServletResponse refused =
                answers.stream().filter(a -> a.getStatus() == 409).findFirst().orElseThrow();
        assertThat(refused.getContentType()).isEqualTo("application/problem+json");
        assertThat(refused.getContentAsString()).contains("Changed by someone else");
        boolean annWon = answers.get(0).getStatus() == 200;
        assertThat(jdbc.queryForMap("select name, start_date::text as start, version from program where id = ?", id))
                .containsEntry("name", annWon ? first : second)
                .containsEntry("start", annWon ? "2027-01-11" : "2027-03-01")
                .containsEntry("version", 1L);
    }

    @Test
    void aStatusMoveOnThePageThatLosesToASimultaneousEditShowsTheChangedBySomeoneElsePage() throws Exception {
        ProgramJson program = ProgramJson.valid();
        long id = created(program);
        Cookie session = logIn(ADMIN);
        String renamed = program.name() + " renamed";

        List<MockHttpServletResponse> answers = Race.heldAtRow(
                jdbc,
                "program",
                id,
                "update program set%",
                List.of(save(id, ProgramJson.valid().name(renamed).version(0)), () -> mvc.perform(
                                post("/admin/programs/{id}/transitions", id)
                                        .param("to", "ENROLLING")
                                        .cookie(session)
                                        .with(csrf()))
                        .andReturn()
                        .getResponse()));

        assertThat(answers.get(0).getStatus()).as("the edit queued first wins").isEqualTo(200);
        MockHttpServletResponse page = answers.get(1);
        assertThat(page.getStatus()).isEqualTo(409);
        assertThat(page.getContentAsString())
                .contains("This was changed by someone else meanwhile")
                .contains("Your change was not saved")
                .doesNotContain("Exception");
        assertThat(jdbc.queryForMap("select name, status from program where id = ?", id))
                .containsEntry("name", renamed)
                .containsEntry("status", "DRAFT");
    }

    private long created(ProgramJson program) throws Exception {
        String created = mvc.perform(post("/api/v1/programs")
                        .with(httpBasic(ADMIN, DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(program.json()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        return ((Number) JsonPath.read(created, "$.id")).longValue();
    }

    private Callable<MockHttpServletResponse> save(long id, ProgramJson program) {
        return () -> mvc.perform(put("/api/v1/programs/{id}", id)
                        .with(httpBasic(ADMIN, DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(program.json()))
                .andReturn()
                .getResponse();
    }
}
