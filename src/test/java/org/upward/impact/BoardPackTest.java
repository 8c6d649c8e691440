package org.upward.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.upward.support.IntegrationTest;

/**
 * The board pack: the results section of the dashboard as a PDF, read back with PDFBox. The demo pilot's
 * objectives with their verdicts in words, the same sentences as the page, for admins and executives only; the
 * enrolling demo program, whose activity figures come from fewer than five people, shows none of them.
 */
class BoardPackTest extends IntegrationTest {

    private static final String PILOT = "Reverse mentoring pilot 2026";
    private static final String ENROLLING = "Digital leaders 2027";
    /** The page's sentences of the results section: each objective's measure and sentence, each headline, quote. */
    private static final Pattern PAGE_SENTENCE = Pattern.compile("<(?:div class=\"small text-body-secondary\""
            + "|p class=\"mb-0 mt-1\" dir=\"auto\"|dd class=\"col-sm-9 mb-1\"|p class=\"mb-0\" dir=\"auto\""
            + "|figcaption class=\"blockquote-footer mt-0\")>([^<]+)<");

    @Test
    void theExecutiveDownloadsThePilotsResultsAsAPdfThatSaysWhatThePageSays() throws Exception {
        long pilot = program(PILOT);
        MockHttpServletResponse response = mvc.perform(
                        get("/api/v1/programs/" + pilot + "/results.pdf").with(httpBasic(EXECUTIVE, DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andExpect(header().string(
                                "Content-Disposition",
                                "attachment; filename=\"reverse-mentoring-pilot-2026-results.pdf\""))
                .andReturn()
                .getResponse();
        String pdf = text(response.getContentAsByteArray());

        assertThat(pdf).contains(PILOT).contains("Completed").contains("12 Jan 2026 – 30 Oct 2026");
        assertThat(pdf).contains("Success criteria: Mentees average at least 3.5 on their focus skills");
        // each objective on a line of its own with its verdict in words, in the order of the API's results
        String results = mvc.perform(
                        get("/api/v1/programs/" + pilot + "/results").with(httpBasic(EXECUTIVE, DEMO_PASSWORD)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<String> statements = JsonPath.read(results, "$.objectives[*].statement");
        List<String> verdicts = new ArrayList<>();
        for (String statement : statements) {
            Matcher line = Pattern.compile("(?m)^" + Pattern.quote(statement) + " (.+)$")
                    .matcher(pdf);
            assertThat(line.find()).as(statement + " in\n" + pdf).isTrue();
            verdicts.add(line.group(1).trim());
        }
        assertThat(verdicts).containsExactly("Met", "Uncertain", "Not met");
        // the characters the texts use come out as themselves: the font is embedded with its Unicode map
        assertThat(pdf).contains("Mentees’ AI assistants average gain (after − before) is at least +0.5 points.");
        assertThat(pdf)
                .contains("In figures")
                .contains("How verdicts are reached")
                .contains("Produced on ");

        // everything the page's results section says, the PDF says
        String page = mvc.perform(get("/impact/programs/" + pilot).cookie(logIn(EXECUTIVE)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<String> sentences = pageSentences(page);
        assertThat(sentences).hasSizeGreaterThanOrEqualTo(2 * statements.size() + 5);
        assertThat(sentences).allSatisfy(sentence -> assertThat(squeezed(pdf)).contains(squeezed(sentence)));
    }

    @Test
    void theDashboardOffersTheSamePdfAsADownload() throws Exception {
        long pilot = program(PILOT);
        String page = mvc.perform(get("/impact/programs/" + pilot).cookie(logIn(ADMIN)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("<a class=\"btn btn-sm btn-outline-secondary d-print-none\" href=\"/impact/programs/" + pilot
                        + "/results.pdf\">Download PDF</a>");

        byte[] pdf = mvc.perform(
                        get("/impact/programs/" + pilot + "/results.pdf").cookie(logIn(EXECUTIVE)))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andExpect(header().string(
                                "Content-Disposition",
                                "attachment; filename=\"reverse-mentoring-pilot-2026-results.pdf\""))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(text(pdf)).contains(PILOT).contains("Not met");
    }

    @Test
    void aParticipantIsRefusedAndAnUnknownProgramIsNotFound() throws Exception {
        long pilot = program(PILOT);
        mvc.perform(get("/api/v1/programs/" + pilot + "/results.pdf").with(httpBasic(MENTEE, DEMO_PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/impact/programs/" + pilot + "/results.pdf").cookie(logIn(MENTOR)))
                .andExpect(status().isForbidden());

        long unknown = jdbc.queryForObject("select coalesce(max(id), 0) + 1000 from program", Long.class);
        for (MediaType accept : List.of(MediaType.ALL, MediaType.APPLICATION_PDF)) {
            mvc.perform(get("/api/v1/programs/" + unknown + "/results.pdf")
                            .accept(accept)
                            .with(httpBasic(EXECUTIVE, DEMO_PASSWORD)))
                    .andExpect(status().isNotFound())
                    .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.status").value(404))
                    .andExpect(jsonPath("$.detail").value("No program with id " + unknown + "."));
        }
        mvc.perform(get("/impact/programs/" + unknown + "/results.pdf").cookie(logIn(EXECUTIVE)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML));
    }

    @Test
    void theEnrollingProgramsFiguresFromFewerThanFivePeopleAreNotInIt() throws Exception {
        long enrolling = program(ENROLLING);
        String impact = mvc.perform(
                        get("/api/v1/programs/" + enrolling + "/impact").with(httpBasic(EXECUTIVE, DEMO_PASSWORD)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        Map<String, Object> sessions = JsonPath.read(impact, "$.engagement.sessions");
        assertThat(sessions).containsEntry("suppressed", true).containsEntry("value", null);

        String pdf = text(mvc.perform(
                        get("/api/v1/programs/" + enrolling + "/results.pdf").with(httpBasic(EXECUTIVE, DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray());
        assertThat(pdf).contains(ENROLLING).contains("Enrolling");
        assertThat(pdf).contains("Fewer than 5 people so far: not shown.");
        assertThat(pdf).doesNotContainPattern("\\d+ sessions?").doesNotContainPattern("\\d+ hours? of mentoring");
        assertThat(pdf).doesNotContain("we can be 95% sure").contains("Not known yet");

        String page = mvc.perform(get("/impact/programs/" + enrolling).cookie(logIn(EXECUTIVE)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(pageSentences(page))
                .allSatisfy(sentence -> assertThat(squeezed(pdf)).contains(squeezed(sentence)));
    }

    private long program(String name) {
        return jdbc.queryForObject("select id from program where name = ?", Long.class, name);
    }

    /** The PDF's text, line by line in reading order (top to bottom, left to right). */
    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(document);
        }
    }

    private static List<String> pageSentences(String html) {
        String section = html.substring(html.indexOf("id=\"results\""), html.indexOf("id=\"statistics\""));
        List<String> sentences = new ArrayList<>();
        Matcher sentence = PAGE_SENTENCE.matcher(section);
        while (sentence.find()) {
            sentences.add(sentence.group(1)
                    .replace("&#39;", "'")
                    .replace("&quot;", "\"")
                    .replace("&lt;", "<")
                    .replace("&gt;", ">")
                    .replace("&amp;", "&"));
        }
        return sentences;
    }

    /** Without white space: the PDF breaks lines where the page does not ("check-" / "in rhythm"). */
    private static String squeezed(String text) {
        return text.replaceAll("\\s+", "");
    }
}
