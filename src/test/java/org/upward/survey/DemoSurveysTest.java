package org.upward.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.upward.support.IntegrationTest;

/** The demo's surveys: the pilot's participants improve over three waves, the comparison group stays flat. */
class DemoSurveysTest extends IntegrationTest {

    private long program(String name) {
        return jdbc.queryForObject("select id from program where name = ?", Long.class, name);
    }

    private String read(String path) throws Exception {
        return mvc.perform(get(path).with(httpBasic(ADMIN, DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void thePilotShowsParticipantsImprovingAgainstAFlatComparisonGroup() throws Exception {
        String results = read("/api/v1/programs/" + program("Reverse mentoring pilot 2026") + "/surveys/results");
        assertThat(JsonPath.<List<String>>read(results, "$[*].wave"))
                .containsExactly("BASELINE", "MONTH_6", "MONTH_12");
        List<Double> participants =
                JsonPath.read(results, "$[*].groups[?(@.group == 'PARTICIPANT')].satisfactionIndex");
        List<Double> comparison = JsonPath.read(results, "$[*].groups[?(@.group == 'COMPARISON')].satisfactionIndex");
        List<Integer> nps = JsonPath.read(results, "$[*].groups[?(@.group == 'PARTICIPANT')].nps");
        assertThat(participants).hasSize(3);
        assertThat(participants.get(1)).isGreaterThan(participants.get(0));
        assertThat(participants.get(2)).isGreaterThan(participants.get(1));
        assertThat(nps.get(2)).isGreaterThan(nps.get(0));
        assertThat(comparison).hasSize(3);
        assertThat(Math.abs(comparison.get(2) - comparison.get(0))).isLessThan(15);
        assertThat(JsonPath.<List<Integer>>read(results, "$[*].groups[*].n")).allMatch(n -> n >= 5);

        String csv = read("/api/v1/programs/" + program("Reverse mentoring pilot 2026") + "/surveys/responses.csv");
        assertThat(csv.split("\r\n").length).isGreaterThan(30);
        assertThat(csv).doesNotContain("@demo.upward.app");
    }

    @Test
    void theCurrentProgramHasABaselineOpenNowWithSomeAnswers() throws Exception {
        String waves = read("/api/v1/programs/" + program("Digital leaders 2027") + "/survey-waves");
        assertThat(JsonPath.<String>read(waves, "$.items[0].wave")).isEqualTo("BASELINE");
        assertThat(JsonPath.<String>read(waves, "$.items[0].status")).isEqualTo("OPEN");
        int invited = JsonPath.read(waves, "$.items[0].participants.invited");
        int responded = JsonPath.read(waves, "$.items[0].participants.responded");
        assertThat(responded).isPositive().isLessThan(invited);
        mvc.perform(get("/api/v1/surveys/open").with(httpBasic(MENTOR, DEMO_PASSWORD)))
                .andExpect(status().isOk());
    }
}
