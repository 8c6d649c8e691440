package org.upward.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.upward.sessions.ActivePair;
import org.upward.support.IntegrationTest;

/** A program of many pairs shows them a page at a time on the status board and the pairing review. */
class LongListsArePagedTest extends IntegrationTest {

    @Test
    void theStatusBoardAndTheReviewShowFiftyPairsAPage() throws Exception {
        ActivePair program = ActivePair.create(mvc, "2025-01-06", 2);
        String run = program.run;
        jdbc.update(
                "insert into person (email, name, department, job_level, created_at, updated_at)"
                        + " select 'paged-' || side || g || '-' || ? || '@example.com', 'Paged ' || side || ' ' || g,"
                        + " 'IT', 3, now(), now() from generate_series(1, 59) g, (values ('mentor'), ('mentee')) s(side)",
                run);
        jdbc.update(
                "insert into mentoring_pair (program_id, mentor_id, mentee_id, score, breakdown, explanation, status,"
                        + " created_at, updated_at)"
                        + " select ?, mentor.id, mentee.id, 50, '{\"skillGap\": 50, \"sharedInterest\": 50,"
                        + " \"workStyle\": 50}', 'Paged pair', 'ACTIVE', now(), now()"
                        + " from generate_series(1, 59) g"
                        + " join person mentor on mentor.email = 'paged-mentor' || g || '-' || ? || '@example.com'"
                        + " join person mentee on mentee.email = 'paged-mentee' || g || '-' || ? || '@example.com'",
                program.programId,
                run,
                run);
        Cookie admin = logIn(ADMIN);

        String first = page("/admin/programs/" + program.programId + "/status", admin);
        assertThat(first).contains("Showing 1–50 of 60").contains("rel=\"next\"");
        assertThat(rows(first, "<tr id=\"pair-")).isEqualTo(50);
        String second = page("/admin/programs/" + program.programId + "/status?page=1", admin);
        assertThat(second).contains("Showing 51–60 of 60");
        assertThat(rows(second, "<tr id=\"pair-")).isEqualTo(10);

        String review = page("/admin/programs/" + program.programId + "/pairing", admin);
        assertThat(review).contains("Showing 1–50 of 60");
        assertThat(rows(review, "agreed-pairs")).isEqualTo(1);
        String reviewSecond = page("/admin/programs/" + program.programId + "/pairing?agreedPage=1", admin);
        assertThat(reviewSecond).contains("Showing 51–60 of 60").contains("Paged mentor 59");
    }

    private String page(String path, Cookie session) throws Exception {
        return mvc.perform(get(path).cookie(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private static int rows(String html, String marker) {
        return html.split(java.util.regex.Pattern.quote(marker), -1).length - 1;
    }
}
