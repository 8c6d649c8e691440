package org.upward.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.upward.support.IntegrationTest;

/**
 * The anonymised survey export (API and admin page) writes comments and custom text answers that start with
 * = + - @, a tab or a carriage return with a leading apostrophe, so a spreadsheet does not run them (the
 * rule itself, tab and carriage return included: SpreadsheetSafeTest).
 */
class SurveyCsvFormulaTest extends IntegrationTest {

    private static final List<String> RISKY = List.of("=1+1", "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A9)", "\t=1+1");

    private static String json(String value) {
        return "\""
                + value.replace("\\", "\\\\")
                        .replace("\"", "\\\"")
                        .replace("\t", "\\t")
                        .replace("\r", "\\r") + "\"";
    }

    @Test
    void commentsAndCustomAnswersCannotRunAsFormulas() throws Exception {
        SurveyFixture f = SurveyFixture.create(mvc);
        long itemId = SurveyFixture.id(f.admin(post("/api/v1/programs/" + f.programId + "/survey-items")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"question\": \"Anything else?\", \"kind\": \"TEXT\"}"))
                .andExpect(status().isCreated()));
        for (int i = 0; i < RISKY.size(); i++) {
            String body = "{\"collaboration\": 4, \"satisfaction\": 4, \"intergenerationalCommunication\": 3,"
                    + " \"recommend\": 8, \"comments\": " + json(RISKY.get(i) + " comment " + i) + ", \"custom\": {\""
                    + itemId + "\": " + json("\r" + RISKY.get(i) + " answer " + i) + "}}";
            f.answer(f.participants.get(i), "BASELINE", body).andExpect(status().is2xxSuccessful());
        }
        f.close();

        Cookie admin = logIn(ADMIN);
        String fromApi = f.admin(get("/api/v1/programs/" + f.programId + "/surveys/responses.csv"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String fromPage = mvc.perform(get("/admin/programs/" + f.programId + "/surveys/responses.csv")
                        .cookie(admin))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        for (String export : List.of(fromApi, fromPage)) {
            List<CSVRecord> rows = CSVFormat.RFC4180
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(new StringReader(export))
                    .getRecords();
            assertThat(rows).hasSize(RISKY.size());
            List<String> comments = rows.stream().map(r -> r.get("comments")).toList();
            List<String> answers = rows.stream().map(r -> r.get(r.size() - 1)).toList();
            for (int i = 0; i < RISKY.size(); i++) {
                // answers are stored trimmed: a leading tab or carriage return is gone, the formula is not
                assertThat(comments).contains("'" + (RISKY.get(i) + " comment " + i).strip());
                assertThat(answers).contains("'" + (RISKY.get(i) + " answer " + i).strip());
            }
            assertThat(rows).allSatisfy(r -> assertThat(r.get("recommend")).isEqualTo("8"));
        }
    }
}
