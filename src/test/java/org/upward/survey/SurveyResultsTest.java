package org.upward.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.upward.support.IntegrationTest;

/** The database sums a closed wave's answers into exactly the figures their formulas give. */
class SurveyResultsTest extends IntegrationTest {

    @Test
    void aClosedWavesFiguresAreTheMeansIndexAndNpsOfItsAnswers() throws Exception {
        SurveyFixture f = SurveyFixture.create(mvc);
        long scale = item(f, "How useful was it?", "SCALE");
        long text = item(f, "What would you change?", "TEXT");
        int[] collaboration = {1, 2, 3, 4, 5};
        int[] recommend = {10, 9, 8, 6, 0};
        int[] useful = {5, 4, 4, 3, 1};
        for (int i = 0; i < 5; i++) {
            String body = "{\"collaboration\": " + collaboration[i] + ", \"satisfaction\": " + (i == 0 ? 5 : 3)
                    + ", \"intergenerationalCommunication\": 2, \"recommend\": " + recommend[i]
                    + ", \"custom\": {\"" + scale + "\": " + useful[i] + ", \"" + text + "\": \"more time\"}}";
            f.answer(f.participants.get(i), "BASELINE", body).andExpect(status().isCreated());
        }
        f.answer(f.comparison.get(0), "BASELINE", SurveyFixture.answers(4, 9, null))
                .andExpect(status().isCreated());
        f.close();

        String results = f.admin(get("/api/v1/programs/" + f.programId + "/surveys/results"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        String participants = "$[0].groups[?(@.group == 'PARTICIPANT')]";
        assertThat(number(results, participants + ".n")).isEqualTo(5.0);
        assertThat(number(results, participants + ".collaboration")).isEqualTo(3.0);
        assertThat(number(results, participants + ".satisfaction")).isEqualTo(3.4);
        assertThat(number(results, participants + ".satisfactionIndex")).isEqualTo(60.0);
        assertThat(number(results, participants + ".intergenerationalCommunication"))
                .isEqualTo(2.0);
        assertThat(number(results, participants + ".recommend")).isEqualTo(6.6);
        assertThat(number(results, participants + ".nps")).isEqualTo(0.0);
        assertThat(number(results, participants + ".custom['" + scale + "']")).isEqualTo(3.4);
        assertThat(results).doesNotContain("more time").doesNotContain("\"" + text + "\"");
        List<Object> comparisonN = JsonPath.read(results, "$[0].groups[?(@.group == 'COMPARISON')].n");
        List<Object> comparisonFigure = JsonPath.read(results, "$[0].groups[?(@.group == 'COMPARISON')].satisfaction");
        assertThat(comparisonN).containsExactly(1);
        assertThat(comparisonFigure).containsExactly((Object) null);
    }

    private static long item(SurveyFixture f, String question, String kind) throws Exception {
        return SurveyFixture.id(f.admin(post("/api/v1/programs/" + f.programId + "/survey-items")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"question\": \"" + question + "\", \"kind\": \"" + kind + "\"}"))
                .andExpect(status().isCreated()));
    }

    private static double number(String json, String path) {
        List<Number> values = JsonPath.read(json, path);
        assertThat(values).as(path).hasSize(1);
        return values.get(0).doubleValue();
    }
}
