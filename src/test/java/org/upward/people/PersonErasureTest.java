package org.upward.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.upward.sessions.ActivePair;
import org.upward.support.IntegrationTest;

/**
 * The bar for erasure: a person who was in a pair, logged a session with feedback and a private reflection,
 * checked in, answered a survey, applied to a program and appears in the audit log, notifications and the webhook
 * outbox is erased; then no GET the admin or their partner can call, no CSV export and no text column of the
 * database holds their name or email, while the program's figures are exactly as before.
 */
class PersonErasureTest extends IntegrationTest {

    private static final List<String> IMPACT_TABLES = List.of(
            "participation",
            "engagement",
            "sessions-per-month",
            "skill-growth",
            "culture",
            "retention",
            "outcomes",
            "match-quality");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;

    private ActivePair pair;
    private String name;
    private long sessionId;
    private long waveId;
    private long intakeProgramId;

    @Test
    void anErasedPersonIsNowhereWhileTheFiguresStay() throws Exception {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        pair = ActivePair.create(mvc, today.minusMonths(2).toString(), 2);
        pair.pairedOn(jdbc, today.minusMonths(2).toString());
        pair.startProgram();
        name = "Eve Mentee " + pair.run;
        leaveTraces(today);
        Map<String, String> figures = figures();
        // the searches below do find the person before the erasure
        assertThat(everyTextColumn()).hasSizeGreaterThan(10);
        assertThat(everyGetAnswer(pair.mentee)).hasSizeGreaterThan(10);
        String pseudonym = erase("Request of the data subject about " + name + ", ticket 42");

        assertThat(figures()).isEqualTo(figures);
        assertThat(pseudonym).matches("erased-[0-9a-f]{12}@invalid");
        List<String> hits = new ArrayList<>();
        hits.addAll(everyGetAnswer(pseudonym));
        hits.addAll(everyTextColumn());
        assertThat(hits).isEmpty();
        pair.admin(get("/api/v1/people/" + pseudonym))
                .andExpect(jsonPath("$.name").value(org.hamcrest.Matchers.startsWith("Former participant ")));
        String audit = pair.admin(get("/api/v1/audit").param("action", "PERSON_ERASED"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(audit).contains("ticket 42", "Former participant");
        // their account is closed
        pair.as(pair.mentee, get("/api/v1/me/notifications")).andExpect(status().isUnauthorized());
        assertThat(jdbc.queryForObject(
                        "select count(*) from account a join person p on p.id = a.person_id"
                                + " where p.email = ? and (a.enabled or a.password_hash is not null)",
                        Integer.class,
                        pseudonym))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from api_token t join account a on a.id = t.account_id join person p"
                                + " on p.id = a.person_id where p.email = ? and t.revoked_at is null",
                        Integer.class,
                        pseudonym))
                .isZero();
    }

    @Test
    void erasureIsForAdminsWithAReasonAndHappensOnce() throws Exception {
        pair = ActivePair.create(mvc, "2025-01-06", 2);
        pair.as(pair.mentor, erasure(pair.mentee, "{\"reason\": \"asked\"}")).andExpect(status().isForbidden());
        mvc.perform(erasure(pair.mentee, "{\"reason\": \"asked\"}").with(httpBasic(EXECUTIVE, DEMO_PASSWORD)))
                .andExpect(status().isForbidden());
        pair.admin(erasure(pair.mentee, "{\"reason\": \"  \"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        pair.admin(erasure(pair.mentee, "{}")).andExpect(status().isUnprocessableContent());
        String pseudonym = pair.admin(erasure(pair.mentee, "{\"reason\": \"Left; asked to be forgotten\"}"))
                .andExpect(status().isOk())
                .andExpect(
                        jsonPath("$.name").value(org.hamcrest.Matchers.matchesRegex("Former participant [0-9A-F]{4}")))
                .andReturn()
                .getResponse()
                .getContentAsString()
                .replaceAll("(?s).*\"email\":\"([^\"]+)\".*", "$1");
        pair.admin(erasure(pseudonym, "{\"reason\": \"again\"}")).andExpect(status().isConflict());
        // the people.csv export leaves them out, so it still imports back unchanged
        assertThat(pair.admin(get("/api/v1/people/export"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .doesNotContain(pseudonym)
                .contains(pair.mentor);
        pair.admin(erasure(pair.mentee, "{\"reason\": \"again\"}")).andExpect(status().isNotFound());
        pair.admin(put("/api/v1/people/" + pseudonym)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\": \"" + pair.mentee + "\", \"name\": \"Back\", \"department\": \"IT\","
                                + " \"jobLevel\": 3, \"version\": 1}"))
                .andExpect(status().isConflict());
        // importing the old email again makes a new person: nothing of the erased one comes back
        pair.admin(post("/api/v1/people/import")
                        .contentType("text/csv")
                        .content("email,name,department,job_level\n" + pair.mentee + ",Eve Again,Finance,8\n"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(1));
        long newId = jdbc.queryForObject("select id from person where email = ?", Long.class, pair.mentee);
        long erasedId = jdbc.queryForObject("select id from person where email = ?", Long.class, pseudonym);
        assertThat(newId).isNotEqualTo(erasedId);
        assertThat(jdbc.queryForObject("select count(*) from enrollment where person_id = ?", Integer.class, newId))
                .isZero();
        // the person's page: a confirmation that asks why
        Cookie admin = logIn(ADMIN);
        String page = mvc.perform(
                        get("/admin/people/" + pair.mentor + "/erasure").cookie(admin))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("can&#39;t be undone", "name=\"reason\"");
        mvc.perform(post("/admin/people/" + pair.mentor + "/erasure")
                        .cookie(admin)
                        .with(csrf())
                        .param("reason", ""))
                .andExpect(status().isOk());
        assertThat(jdbc.queryForObject("select count(*) from person where email = ?", Integer.class, pair.mentor))
                .isOne();
        mvc.perform(post("/admin/people/" + pair.mentor + "/erasure")
                        .cookie(admin)
                        .with(csrf())
                        .param("reason", "Asked to be forgotten"))
                .andExpect(status().isFound());
        assertThat(jdbc.queryForObject("select count(*) from person where email = ?", Integer.class, pair.mentor))
                .isZero();
    }

    @Test
    void mentionsAreRenamedAsWholeWordsInAnyCase() {
        String table =
                "erasure_mentions_" + java.util.UUID.randomUUID().toString().substring(0, 8);
        jdbc.execute("create table " + table + " (t text, j jsonb)");
        jdbc.update("insert into " + table + " values ('Also AL (al@x.io), Al. Alan and al-x', '{\"who\": \"al\"}')");
        var renaming = new org.upward.shared.TextRenaming("Al", "al@x.io", "Former participant 0A0A", "e@invalid");
        renaming.apply(jdbc, table, "t");
        renaming.applyToJson(jdbc, table, "j");
        assertThat(jdbc.queryForMap("select t, j::text as j from " + table))
                .containsEntry(
                        "t",
                        "Also Former participant 0A0A (e@invalid), Former participant 0A0A. Alan and"
                                + " Former participant 0A0A-x")
                .containsEntry("j", "{\"who\": \"Former participant 0A0A\"}");
        jdbc.execute("drop table " + table);
    }

    private static MockHttpServletRequestBuilder erasure(String email, String body) {
        return post("/api/v1/people/" + email + "/erasure")
                .contentType(MediaType.APPLICATION_JSON)
                .content(body);
    }

    /** Everything the issue names: session with notes, feedback and a reflection, check-in, survey, application. */
    private void leaveTraces(LocalDate today) throws Exception {
        sessionId = ActivePair.id(pair.as(
                        pair.mentee,
                        post("/api/v1/pairs/" + pair.pairId + "/sessions")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"date\": \"" + today.minusMonths(1) + "\", \"durationMinutes\": 45,"
                                        + " \"format\": \"VIDEO\", \"skillsCovered\": [\"AI assistants\"],"
                                        + " \"notes\": \"Notes by " + name + "\", \"actionItems\": \"Mail "
                                        + pair.mentee + "\"}"))
                .andExpect(status().isCreated()));
        pair.as(
                        pair.mentor,
                        post("/api/v1/pairs/" + pair.pairId + "/sessions")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"date\": \"" + today.minusWeeks(2) + "\", \"durationMinutes\": 30,"
                                        + " \"format\": \"IN_PERSON\", \"notes\": \"Met " + name + " again\"}"))
                .andExpect(status().isCreated());
        for (String who : List.of(pair.mentee, pair.mentor)) {
            pair.as(
                            who,
                            post("/api/v1/sessions/" + sessionId + "/feedback")
                                    .contentType(MediaType.APPLICATION_JSON)
                                    .content("{\"rating\": 5, \"learned\": \"Learned from " + name
                                            + "\", \"taught\": \"t\"," + " \"privateReflection\": \"Reflection of "
                                            + who + "\"}"))
                    .andExpect(status().isCreated());
        }
        pair.as(
                        pair.mentee,
                        post("/api/v1/pairs/" + pair.pairId + "/check-ins")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"rating\": 2, \"blocker\": \"Blocked, says " + name + "\"}"))
                .andExpect(status().isCreated());
        pair.as(
                        pair.mentor,
                        post("/api/v1/pairs/" + pair.pairId + "/follow-ups")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"text\": \"Send " + name + " the deck\", \"owner\": \"" + pair.mentee
                                        + "\"}"))
                .andExpect(status().isCreated());
        waveId = ActivePair.id(pair.admin(post("/api/v1/programs/" + pair.programId + "/survey-waves")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"wave\": \"BASELINE\", \"opensOn\": \"" + today.minusDays(2)
                                + "\", \"closesOn\": \"" + today.plusDays(10) + "\"}"))
                .andExpect(status().isCreated()));
        pair.as(
                        pair.mentee,
                        post("/api/v1/programs/" + pair.programId + "/surveys/BASELINE/responses")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"collaboration\": 4, \"satisfaction\": 4, \"intergenerationalCommunication\": 3,"
                                                + " \"recommend\": 9, \"comments\": \"anonymous comment " + pair.run
                                                + "\"}"))
                .andExpect(status().isCreated());
        applyToAnotherProgram();
        // a chat message already in the webhook log (the sender is off in tests), as "pair approved" writes one
        jdbc.update(
                "insert into program_webhook (program_id, url, enabled, created_at, updated_at)"
                        + " values (?, 'http://127.0.0.1:9/hook', false, now(), now())",
                pair.programId);
        jdbc.update(
                "insert into webhook_delivery (program_id, event_kind, payload, status, next_attempt_at, created_at,"
                        + " delivered_at) values (?, 'PAIR_APPROVED', ?, 'DELIVERED', now(), now(), now())",
                pair.programId,
                "{\"text\": \"New pair: Mia Mentor " + pair.run + " and " + name + " (" + pair.mentee + ")\"}");
    }

    private void applyToAnotherProgram() throws Exception {
        intakeProgramId = ActivePair.id(pair.admin(
                        post("/api/v1/programs")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"name\": \"Erasure intake " + pair.run + "\", \"startDate\": \"2030-01-07\","
                                                + " \"endDate\": \"2099-12-17\", \"checkInCadenceWeeks\": 2,"
                                                + " \"sponsorEmail\": \"exec@demo.upward.app\", \"objectives\": [{\"statement\":"
                                                + " \"Use AI\", \"focusSkills\": [\"AI assistants\"], \"outcomeMeasure\": \"POST >= 3.5\"}]}"))
                .andExpect(status().isCreated()));
        pair.admin(post("/api/v1/programs/" + intakeProgramId + "/transitions")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"to\": \"ENROLLING\"}"))
                .andExpect(status().isOk());
        pair.admin(put("/api/v1/programs/" + intakeProgramId + "/intake")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"opensOn\": \"2020-01-01\", \"closesOn\": \"2099-12-31\", \"sides\": [\"MENTEE\"],"
                                + " \"questions\": [{\"text\": \"Why do you want to join?\", \"kind\": \"LONG_TEXT\","
                                + " \"required\": true}], \"places\": {}, \"managerApproval\": false}"))
                .andExpect(status().isOk());
        pair.as(
                        pair.mentee,
                        post("/api/v1/programs/" + intakeProgramId + "/applications")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"side\": \"MENTEE\", \"answers\": {\"Why do you want to join?\": \"I am "
                                                + name
                                                + "\"}, \"skillsWanted\": [{\"skill\": \"AI assistants\", \"currentLevel\": 1,"
                                                + " \"priority\": \"HIGH\"}], \"interests\": [\"golf\"], \"workStyle\": \"INTROVERT\"}"))
                .andExpect(status().isCreated());
    }

    private String erase(String reason) throws Exception {
        return pair.admin(erasure(pair.mentee, "{\"reason\": \"" + reason + "\"}"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString()
                .replaceAll("(?s).*\"email\":\"([^\"]+)\".*", "$1");
    }

    /** The program's figures as the admin reads them: impact, its CSV tables, results, survey and session counts. */
    private Map<String, String> figures() throws Exception {
        Map<String, String> figures = new java.util.TreeMap<>();
        String program = "/api/v1/programs/" + pair.programId;
        List<String> paths = new ArrayList<>(List.of(program + "/impact", program + "/results"));
        IMPACT_TABLES.forEach(table -> paths.add(program + "/impact/" + table + ".csv"));
        paths.add(program + "/survey-waves");
        paths.add(program + "/wrap-ups/summary");
        for (String path : paths) {
            MockHttpServletResponse response = pair.admin(get(path)).andReturn().getResponse();
            figures.put(path, response.getStatus() + " " + response.getContentAsString());
        }
        figures.put(
                "sessions",
                String.valueOf(jdbc.queryForObject(
                        "select count(*) from mentoring_session where pair_id = ?", Integer.class, pair.pairId)));
        figures.put(
                "feedback",
                String.valueOf(jdbc.queryForObject(
                        "select count(*) || '/' || sum(rating) from session_feedback where session_id = ?",
                        String.class,
                        sessionId)));
        figures.put(
                "applications",
                String.valueOf(jdbc.queryForObject(
                        "select count(*) from program_application where program_id = ?",
                        Integer.class,
                        intakeProgramId)));
        return figures;
    }

    /** Calls every GET the application maps whose path variables this program fills, as the admin and the partner. */
    private List<String> everyGetAnswer(String pseudonym) throws Exception {
        Cookie adminSession = logIn(ADMIN);
        Cookie mentorSession = logIn(pair.mentor, ActivePair.PASSWORD);
        List<String> hits = new ArrayList<>();
        int called = 0;
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            var methods = info.getMethodsCondition().getMethods();
            if (!methods.isEmpty() && methods.stream().noneMatch(m -> m.name().equals("GET"))) {
                continue;
            }
            for (String pattern : info.getPatternValues()) {
                for (String path : filled(pattern, pseudonym)) {
                    boolean api = path.startsWith("/api/");
                    MockHttpServletRequestBuilder asAdmin = get(path);
                    MockHttpServletRequestBuilder asMentor = get(path);
                    if (api) {
                        asAdmin.with(httpBasic(ADMIN, DEMO_PASSWORD));
                        asMentor.with(httpBasic(pair.mentor, ActivePair.PASSWORD));
                    } else {
                        asAdmin.cookie(adminSession);
                        asMentor.cookie(mentorSession);
                    }
                    for (MockHttpServletRequestBuilder request : List.of(asAdmin, asMentor)) {
                        MockHttpServletResponse response;
                        try {
                            response = mvc.perform(request).andReturn().getResponse();
                        } catch (Exception refused) { // a page's 409 or 404 goes to the error page: nothing to read
                            continue;
                        }
                        called++;
                        String type = String.valueOf(response.getContentType());
                        if (type.contains("pdf") || type.contains("zip") || type.contains("octet")) {
                            continue;
                        }
                        hits.addAll(found("GET " + path, response.getContentAsString()));
                    }
                }
            }
        }
        assertThat(called).isGreaterThan(100);
        return hits;
    }

    /** The pattern with this test's ids, once per value of a multi-valued variable; none when one can't be filled. */
    private List<String> filled(String pattern, String pseudonym) {
        if (pattern.contains("/logout") || pattern.contains("**") || pattern.startsWith("/error")) {
            return List.of();
        }
        List<String> paths = new ArrayList<>(List.of(""));
        String[] segments = pattern.substring(1).split("/");
        String parent = "";
        for (String segment : segments) {
            List<String> values;
            if (!segment.contains("{")) {
                values = List.of(segment);
            } else {
                String variable = segment.replaceAll(".*\\{([^}:]+).*}.*", "$1");
                String suffix = segment.substring(segment.indexOf('}') + 1);
                String value =
                        switch (variable) {
                            case "programId" -> String.valueOf(pair.programId);
                            case "pairId" -> String.valueOf(pair.pairId);
                            case "waveId" -> String.valueOf(waveId);
                            case "email" -> pseudonym;
                            case "wave" -> "BASELINE";
                            case "id" ->
                                switch (parent) {
                                    case "programs" -> String.valueOf(pair.programId);
                                    case "pairs" -> String.valueOf(pair.pairId);
                                    case "sessions" -> String.valueOf(sessionId);
                                    default -> null;
                                };
                            default -> null;
                        };
                if (variable.equals("table")) {
                    values = IMPACT_TABLES.stream().map(t -> t + suffix).toList();
                } else if (value == null) {
                    return List.of();
                } else {
                    values = List.of(value + suffix);
                }
            }
            List<String> longer = new ArrayList<>();
            for (String path : paths) {
                for (String value : values) {
                    longer.add(path + "/" + value);
                }
            }
            paths = longer;
            parent = segment;
        }
        return paths;
    }

    /** Every value of every text, varchar and jsonb column of the public schema. */
    private List<String> everyTextColumn() {
        List<String> hits = new ArrayList<>();
        List<Map<String, Object>> columns = jdbc.queryForList(
                """
                select table_name, column_name from information_schema.columns
                where table_schema = 'public' and data_type in ('text', 'character varying', 'jsonb', 'character', 'json')
                order by table_name, column_name""");
        assertThat(columns).hasSizeGreaterThan(100);
        for (Map<String, Object> column : columns) {
            String table = (String) column.get("table_name");
            String name = (String) column.get("column_name");
            String sql = "select \"" + name + "\"::text from \"" + table + "\" where lower(\"" + name
                    + "\"::text) like ? or lower(\"" + name + "\"::text) like ? or lower(\"" + name
                    + "\"::text) like ?";
            for (String value :
                    jdbc.queryForList(sql, String.class, like(this.name), like(pair.mentee), like(local()))) {
                hits.add(table + "." + name + ": " + value);
            }
        }
        return hits;
    }

    private List<String> found(String where, String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        List<String> hits = new ArrayList<>();
        for (String secret : List.of(name, pair.mentee, local())) {
            int at = lower.indexOf(secret.toLowerCase(Locale.ROOT));
            if (at >= 0) {
                hits.add(where + ": …" + text.substring(Math.max(0, at - 80), Math.min(text.length(), at + 80)));
            }
        }
        return hits;
    }

    private String local() {
        return pair.mentee.substring(0, pair.mentee.indexOf('@'));
    }

    private static String like(String text) {
        return "%" + text.toLowerCase(Locale.ROOT).replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
