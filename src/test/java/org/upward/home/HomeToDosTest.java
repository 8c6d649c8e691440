package org.upward.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.web.util.HtmlUtils;
import org.upward.pairing.PairingFixture;
import org.upward.sessions.ActivePair;
import org.upward.support.IntegrationTest;

/**
 * The admin's and the executive's home pages answer "what should I do next?": one item per next step of each
 * program, with the day it is due, linking to where it is done, and gone (or marked done) once it is.
 */
class HomeToDosTest extends IntegrationTest {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);

    /** The to-do items of a home page as "title | due line | state | link". */
    private List<String> toDos(String path, Cookie who) throws Exception {
        String html = mvc.perform(get(path).cookie(who))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return ITEM.matcher(html).results().map(HomeToDosTest::describe).toList();
    }

    private static final Pattern ITEM = Pattern.compile("(?s)<li [^>]*todo-item[^>]*>(.*?)</li>");
    private static final Pattern PART = Pattern.compile("(?s)<a [^>]*href=\"([^\"]*)\"[^>]*>(.*?)</a>\\s*"
            + "<div [^>]*>(.*?)</div>.*?<span [^>]*badge[^>]*>(.*?)</span>");

    private static String describe(MatchResult item) {
        Matcher part = PART.matcher(item.group(1));
        assertThat(part.find()).as(item.group(1)).isTrue();
        return text(part.group(2)) + " | " + text(part.group(3)) + " | " + text(part.group(4)) + " | "
                + HtmlUtils.htmlUnescape(part.group(1));
    }

    private static String text(String html) {
        return HtmlUtils.htmlUnescape(html.replaceAll("<[^>]+>", "")).strip().replaceAll("\\s+", " ");
    }

    private static List<String> about(List<String> items, String program) {
        return items.stream().filter(item -> item.contains(program)).toList();
    }

    @Test
    void theAdminIsLedThroughAProgramsSetUpOneStepAtATime() throws Exception {
        PairingFixture program = PairingFixture.create(mvc, "ENROLLING");
        Cookie admin = logIn(ADMIN);
        String page = "/admin/programs/" + program.programId();

        assertThat(about(toDos("/admin", admin), program.name()))
                .containsExactly("Close enrollment of " + program.name()
                        + " and pair its participants | due 11 Jan 2027" + " | to do | " + page);

        transition(program.programId(), "MATCHING");
        assertThat(about(toDos("/admin", admin), program.name()))
                .containsExactly(
                        "Run the pairing for " + program.name() + " | due 11 Jan 2027 | to do | " + page + "/pairing");

        mvc.perform(post("/api/v1/programs/" + program.programId() + "/pairing-runs")
                        .with(httpBasic(ADMIN, DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"preview\": false}"))
                .andExpect(status().is2xxSuccessful());
        long proposed = jdbc.queryForObject(
                "select count(*) from mentoring_pair where program_id = ? and status = 'PROPOSED'",
                Long.class,
                program.programId());
        assertThat(proposed).isPositive();
        assertThat(about(toDos("/admin", admin), program.name()))
                .containsExactly(
                        program.name() + ": review " + proposed + (proposed == 1 ? " proposed pair" : " proposed pairs")
                                + " | due 11 Jan 2027 | to do | " + page + "/pairing");

        mvc.perform(post(page + "/pairing/pairs/approve-all").cookie(admin).with(csrf()))
                .andExpect(status().isFound());
        assertThat(about(toDos("/admin", admin), program.name()))
                .containsExactly("Start " + program.name() + ": " + proposed
                        + (proposed == 1 ? " pair agreed" : " pairs agreed") + " | due 11 Jan 2027 | to do | " + page);
    }

    @Test
    void aRunningProgramAsksToLookAtFlaggedAndQuietPairsAndToCompleteItOnceOver() throws Exception {
        LocalDate start = today.minusWeeks(10);
        ActivePair pair = ActivePair.create(mvc, start.toString(), 2);
        pair.startProgram();
        jdbc.update(
                "update mentoring_pair set created_at = ? where id = ?",
                Timestamp.from(start.atStartOfDay().toInstant(ZoneOffset.UTC)),
                pair.pairId);
        Cookie admin = logIn(ADMIN);
        String name = "Sessions " + pair.run;
        String page = "/admin/programs/" + pair.programId;

        assertThat(about(toDos("/admin", admin), name))
                .containsExactly(
                        "Open the before-program self-assessment of " + name + " | overdue since " + DAY.format(start)
                                + " | to do | " + page + "/assessments",
                        name + ": 1 quiet pair to check on or swap | due " + DAY.format(today) + " | to do | " + page
                                + "/status?status=QUIET");

        pair.admin(post("/api/v1/programs/" + pair.programId + "/assessment-windows")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"phase\": \"PRE\", \"opensOn\": \"" + today + "\", \"closesOn\": \""
                                + today.plusDays(7) + "\"}"))
                .andExpect(status().isCreated());

        mvc.perform(post(page + "/pairing/pairs/" + pair.pairId + "/flag")
                        .cookie(admin)
                        .with(csrf())
                        .param("text", "They never met"))
                .andExpect(status().isFound());
        jdbc.update("update program set end_date = ? where id = ?", Date.valueOf(today.minusDays(1)), pair.programId);
        assertThat(about(toDos("/admin", admin), name))
                .containsExactly(
                        "Open the after-program self-assessment of " + name + " | overdue since "
                                + DAY.format(today.minusDays(1).minusDays(14)) + " | to do | " + page + "/assessments",
                        "Complete " + name + ": its end date has passed | overdue since "
                                + DAY.format(today.minusDays(1)) + " | to do | " + page,
                        name + ": 1 flagged pair to look at | due " + DAY.format(today) + " | to do | " + page
                                + "/pairing#agreed-heading",
                        name + ": 1 quiet pair to check on or swap | due " + DAY.format(today) + " | to do | " + page
                                + "/status?status=QUIET");

        mvc.perform(post(page + "/pairing/pairs/" + pair.pairId + "/resolve-flag")
                        .cookie(admin)
                        .with(csrf()))
                .andExpect(status().isFound());
        assertThat(about(toDos("/admin", admin), name)).noneMatch(item -> item.contains("flagged"));
    }

    @Test
    void theExecutiveIsAskedToReadNewResultsAndTheItemIsDoneOnceTheDashboardWasOpened() throws Exception {
        ActivePair pair = ActivePair.create(mvc, today.minusWeeks(10).toString(), 2);
        pair.startProgram();
        jdbc.update("update program set end_date = ? where id = ?", Date.valueOf(today.minusDays(2)), pair.programId);
        transition(pair.programId, "COMPLETED");
        Cookie executive = logIn(EXECUTIVE);
        String name = "Sessions " + pair.run;
        String dashboard = "/impact/programs/" + pair.programId;

        assertThat(about(toDos("/executive", executive), name))
                .containsExactly("Read the final results of " + name + " | due "
                        + DAY.format(today.minusDays(2).plusDays(14)) + " | to do | " + dashboard);

        mvc.perform(get(dashboard).cookie(executive)).andExpect(status().isOk());
        assertThat(about(toDos("/executive", executive), name))
                .containsExactly("Read the final results of " + name + " | due "
                        + DAY.format(today.minusDays(2).plusDays(14)) + " | done | " + dashboard);

        // the admin's visit does not count for the executive, and the admin is asked for the business outcomes
        Cookie admin = logIn(ADMIN);
        assertThat(about(toDos("/admin", admin), name))
                .containsExactly("Record the business outcomes of " + name + " | due "
                        + DAY.format(today.minusDays(2).plusDays(30)) + " | to do | /admin/programs/" + pair.programId
                        + "/outcomes");
    }

    @Test
    void theBusinessOutcomesItemGoesOnceAnOutcomeIsRecorded() throws Exception {
        ActivePair pair = ActivePair.create(mvc, today.minusWeeks(10).toString(), 2);
        pair.startProgram();
        jdbc.update("update program set end_date = ? where id = ?", Date.valueOf(today.minusDays(2)), pair.programId);
        transition(pair.programId, "COMPLETED");
        Cookie admin = logIn(ADMIN);
        String name = "Sessions " + pair.run;
        assertThat(about(toDos("/admin", admin), name)).hasSize(1);

        mvc.perform(post("/api/v1/programs/" + pair.programId + "/outcomes")
                        .with(httpBasic(ADMIN, DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"type\": \"NEW_IDEA\", \"description\": \"A new idea\", \"value\": 0,"
                                + " \"date\": \"" + today.minusDays(1) + "\"}"))
                .andExpect(status().isCreated());
        assertThat(about(toDos("/admin", admin), name)).isEmpty();
    }

    @Test
    void aRunningProgramPastItsMiddleHasMidwayResultsToRead() throws Exception {
        LocalDate start = today.minusWeeks(10);
        ActivePair pair = ActivePair.create(mvc, start.toString(), 2);
        pair.startProgram();
        LocalDate end = today.plusWeeks(4);
        jdbc.update("update program set end_date = ? where id = ?", Date.valueOf(end), pair.programId);
        LocalDate midway = start.plusDays((end.toEpochDay() - start.toEpochDay()) / 2);

        assertThat(about(toDos("/executive", logIn(EXECUTIVE)), "Sessions " + pair.run))
                .containsExactly("Read the mid-program results of Sessions " + pair.run + " | "
                        + (midway.plusDays(14).isBefore(today) ? "overdue since " : "due ")
                        + DAY.format(midway.plusDays(14)) + " | to do | /impact/programs/" + pair.programId);
    }

    @Test
    void aClosedSurveyWaveHasResultsToReadButAnOpenOrComingOneNot() throws Exception {
        ActivePair pair = ActivePair.create(mvc, today.minusWeeks(10).toString(), 2);
        pair.startProgram();
        wave(pair.programId, "BASELINE", today.minusDays(20), today.minusDays(3));
        wave(pair.programId, "MONTH_6", today.minusDays(1), today.plusDays(5));
        wave(pair.programId, "MONTH_12", today.plusDays(10), today.plusDays(20));

        assertThat(about(toDos("/executive", logIn(EXECUTIVE)), "survey results"))
                .filteredOn(item -> item.contains("Sessions " + pair.run))
                .containsExactly("Read the BASELINE survey results of Sessions " + pair.run + " | due "
                        + DAY.format(today.minusDays(3).plusDays(1 + 14)) + " | to do | /impact/programs/"
                        + pair.programId);
    }

    private void wave(long programId, String name, LocalDate opensOn, LocalDate closesOn) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update(
                "insert into survey_wave (program_id, name, opens_on, closes_on, created_at, updated_at)"
                        + " values (?, ?, ?, ?, ?, ?)",
                programId,
                name,
                Date.valueOf(opensOn),
                Date.valueOf(closesOn),
                now,
                now);
    }

    @Test
    void withNothingToDoTheListSaysSo() throws Exception {
        ActivePair pair = ActivePair.create(mvc, today.toString(), 2);
        String html = mvc.perform(get("/participant").cookie(logIn(pair.outsider, ActivePair.PASSWORD)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).doesNotContain("todo-item").contains("Nothing is waiting for you right now.");
    }

    private void transition(long programId, String to) throws Exception {
        mvc.perform(post("/api/v1/programs/" + programId + "/transitions")
                        .with(httpBasic(ADMIN, DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"to\": \"" + to + "\"}"))
                .andExpect(status().isOk());
    }
}
