package org.upward.sessions.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.upward.sessions.ActivePair;
import org.upward.support.IntegrationTest;

/** A pair with 300 sessions and 30 open planned meetings still gets a pair page of bounded size. */
class PairPagePagingTest extends IntegrationTest {

    private static final int SESSIONS = 300;
    private static final Pattern SESSION_DAY =
            Pattern.compile("<article class=\"card mb-3\">\\s*<div class=\"card-body\">"
                    + "\\s*<h3 class=\"h6 mb-1\">\\s*<span>([^<]+)</span>");

    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);
    private ActivePair pair;
    private Cookie mentee;
    private String path;

    @BeforeEach
    void aPairWithALongHistory() throws Exception {
        pair = ActivePair.create(mvc, today.minusDays(SESSIONS + 10).toString(), 2);
        Timestamp now = Timestamp.from(Instant.now());
        List<Object[]> sessions = new ArrayList<>();
        for (int i = 0; i < SESSIONS; i++) {
            sessions.add(new Object[] {
                pair.pairId,
                java.sql.Date.valueOf(today.minusDays(i)),
                "Notes of day " + i + " " + "x".repeat(1500),
                now
            });
        }
        jdbc.batchUpdate(
                "insert into mentoring_session (pair_id, held_on, duration_minutes, format, notes, logged_by,"
                        + " created_at, updated_at) values (?, ?, 45, 'VIDEO', ?, 'someone@example.com', ?, ?)",
                sessions.stream()
                        .map(s -> new Object[] {s[0], s[1], s[2], s[3], s[3]})
                        .toList());
        List<Object[]> planned = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            planned.add(new Object[] {
                pair.pairId,
                "plan-" + pair.run + "-" + i,
                Timestamp.from(Instant.now().plus(i + 1, ChronoUnit.DAYS)),
                "Agenda " + i,
                pair.mentor,
                now
            });
        }
        jdbc.batchUpdate(
                "insert into planned_session (pair_id, uid, intro_chat, starts_at, time_zone, duration_minutes, format,"
                        + " agenda, planned_by, created_at) values (?, ?, false, ?, 'UTC', 45, 'VIDEO', ?, ?, ?)",
                planned);
        mentee = logIn(pair.mentee, ActivePair.PASSWORD);
        path = "/participant/pairs/" + pair.pairId;
    }

    private String page(String query) throws Exception {
        return mvc.perform(get(path + query).cookie(mentee))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private static List<String> days(String html) {
        List<String> days = new ArrayList<>();
        Matcher m = SESSION_DAY.matcher(html);
        while (m.find()) {
            days.add(m.group(1));
        }
        return days;
    }

    @Test
    void theLogIsPagedNewestFirstWithLinksInWords() throws Exception {
        String first = page("");
        assertThat(first.length()).as("a page of 20 sessions, not all 300").isLessThan(150_000);
        assertThat(days(first)).hasSize(PairPages.SESSIONS_PER_PAGE);
        assertThat(first)
                .contains("Notes of day 0 ", "Notes of day 19 ")
                .doesNotContain("Notes of day 20 ")
                .contains("Sessions 1–20 of 300, newest first")
                .contains("Older sessions", "Newer sessions")
                .contains("href=\"" + path + "?page=1#sessions-heading\"");

        String second = page("?page=1");
        assertThat(second)
                .contains("Notes of day 20 ", "Notes of day 39 ")
                .doesNotContain("Notes of day 19 ")
                .contains(
                        "href=\"" + path + "?page=0#sessions-heading\"",
                        "href=\"" + path + "?page=2#sessions-heading\"");

        String pastTheEnd = page("?page=999");
        assertThat(pastTheEnd).contains("Notes of day 299 ", "Sessions 281–300 of 300, newest first");
        assertThat(days(pastTheEnd)).hasSize(PairPages.SESSIONS_PER_PAGE);
    }

    @Test
    void openPlannedMeetingsAreBoundedToo() throws Exception {
        String first = page("");
        assertThat(first).contains("Agenda 0", "Agenda 19").doesNotContain("Agenda 20");
        assertThat(first).contains("Showing the 20 soonest of 30 planned meetings");
    }
}
