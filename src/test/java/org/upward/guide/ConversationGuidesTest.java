package org.upward.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.upward.sessions.ActivePair;
import org.upward.support.IntegrationTest;

/**
 * Conversation guides: every program starts with the starter set, admins keep the topics (audited, field-named
 * 422s), only admins and the partners of the program's pairs read them, a planned meeting's topic goes into its
 * invite, topics that fit the pair come first, and a program copy copies the topics in use.
 */
class ConversationGuidesTest extends IntegrationTest {

    @Autowired
    ConversationTopics guides;

    private ActivePair pair;
    private String topicsApi;

    @BeforeEach
    void activePair() throws Exception {
        pair = ActivePair.create(mvc, "2025-01-06", 2);
        pair.pairedOn(jdbc, "2025-01-06");
        topicsApi = "/api/v1/programs/" + pair.programId + "/topics";
    }

    private static String topic(String title, String direction, String agenda, String skillIds) {
        return "{\"title\": \"" + title + "\", \"direction\": \"" + direction + "\", \"agenda\": \"" + agenda
                + "\", \"questions\": [\"What first?\", \"Who decides?\"], \"skillIds\": " + skillIds + "}";
    }

    private long add(String body) throws Exception {
        return ActivePair.id(pair.admin(
                        post(topicsApi).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()));
    }

    private long skill(String name) {
        return jdbc.queryForObject("select id from skill where name = ?", Long.class, name);
    }

    private List<String> titles(long programId) {
        return jdbc.queryForList(
                "select title from conversation_topic where program_id = ? and not retired order by title",
                String.class,
                programId);
    }

    @Test
    void aNewProgramHasTheStarterSetInBothDirectionsWithItsSkills() throws Exception {
        pair.admin(get(topicsApi))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(Matchers.greaterThanOrEqualTo(8)))
                .andExpect(jsonPath("$.items[*].direction", Matchers.hasItems("MENTOR_TEACHES", "MENTEE_TEACHES")))
                .andExpect(
                        jsonPath("$.items[*].title", Matchers.hasItems("AI assistants for leaders", "Reading a P&L")))
                .andExpect(jsonPath("$.items[?(@.title == 'AI assistants for leaders')].skills[0]")
                        .value("AI assistants"))
                .andExpect(jsonPath("$.items[?(@.title == 'Reading a P&L')].questions[0]")
                        .value(Matchers.hasItem(Matchers.startsWith("What is the first line"))));
        // a program older than the guides gets the starter set the first time its library is read
        jdbc.update("delete from conversation_topic where program_id = ?", pair.programId);
        jdbc.update("delete from conversation_topic_library where program_id = ?", pair.programId);
        pair.admin(get(topicsApi)).andExpect(jsonPath("$.total").value(10));
        pair.admin(get(topicsApi)).andExpect(jsonPath("$.total").value(10));
    }

    @Test
    void adminsAddEditAndRetireTopicsAuditedAndBadInputIsAFieldNamed422() throws Exception {
        pair.admin(post(topicsApi)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"direction\": \"MENTOR_TEACHES\"}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[*].field", Matchers.hasItems("title", "agenda")));
        pair.admin(post(topicsApi)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(topic("x".repeat(121), "MENTEE_TEACHES", "Agenda", "[]")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("title"))
                .andExpect(jsonPath("$.errors[0].message").value("At most 120 characters."));
        pair.admin(post(topicsApi)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(topic("Unknown skill", "MENTEE_TEACHES", "Agenda", "[999999999]")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("skillIds"));

        long id = add(topic(
                "Budgets " + pair.run,
                "MENTEE_TEACHES",
                "How a budget is made",
                "[" + skill("Financial acumen") + "]"));
        pair.admin(put("/api/v1/topics/" + id)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(topic("Budgets, again " + pair.run, "MENTEE_TEACHES", "Line by line", "[]")
                                .replace("}", ", \"version\": 0}")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("Budgets, again " + pair.run))
                .andExpect(jsonPath("$.version").value(1));
        // an edit made on a stale copy is refused
        pair.admin(put("/api/v1/topics/" + id)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(topic("Stale", "MENTEE_TEACHES", "Old", "[]").replace("}", ", \"version\": 0}")))
                .andExpect(status().isConflict());
        pair.admin(post("/api/v1/topics/" + id + "/retire"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.retired").value(true));
        assertThat(titles(pair.programId)).doesNotContain("Budgets, again " + pair.run);
        pair.admin(post("/api/v1/topics/" + id + "/restore"))
                .andExpect(jsonPath("$.retired").value(false));

        assertThat(jdbc.queryForList(
                        "select action from audit_entry where subject_type = 'TOPIC' and subject_id = ? order by id",
                        String.class,
                        id))
                .containsExactly("TOPIC_ADDED", "TOPIC_EDITED", "TOPIC_RETIRED", "TOPIC_RESTORED");
        assertThat(jdbc.queryForObject(
                        "select summary from audit_entry where subject_type = 'TOPIC' and subject_id = ?"
                                + " and action = 'TOPIC_RETIRED'",
                        String.class,
                        id))
                .isEqualTo(
                        "Retired the conversation topic \"Budgets, again " + pair.run + "\" of Sessions " + pair.run);
    }

    @Test
    void onlyAdminsAndThePairsPartnersReadTopicsAndOnlyAdminsChangeThem() throws Exception {
        long id = add(topic("Access " + pair.run, "MENTOR_TEACHES", "Agenda", "[]"));
        pair.as(pair.mentee, get(topicsApi)).andExpect(status().isOk());
        pair.as(pair.mentor, get(topicsApi)).andExpect(status().isOk());
        // the outsider is enrolled in the program but has no pair in it
        pair.as(pair.outsider, get(topicsApi)).andExpect(status().isForbidden());
        mvc.perform(get(topicsApi).with(httpBasic(EXECUTIVE, DEMO_PASSWORD))).andExpect(status().isForbidden());
        pair.as(
                        pair.mentor,
                        post(topicsApi).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden());
        pair.as(
                        pair.mentor,
                        put("/api/v1/topics/" + id)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{}"))
                .andExpect(status().isForbidden());
        pair.as(pair.mentor, post("/api/v1/topics/" + id + "/retire")).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/topics/" + id + "/retire").with(httpBasic(EXECUTIVE, DEMO_PASSWORD)))
                .andExpect(status().isForbidden());
        pair.as(pair.outsider, get("/api/v1/pairs/" + pair.pairId + "/topic-suggestions"))
                .andExpect(status().isForbidden());
    }

    @Test
    void aPlannedMeetingsTopicGoesIntoTheInviteEscapedAndFoldedAndOntoThePairPage() throws Exception {
        long id = add(topic(
                "Zoë's guide, part 1; " + pair.run,
                "MENTOR_TEACHES",
                "Try it live, together; then\\nOne habit for the week — with an assistant that is long enough to fold",
                "[" + skill("AI assistants") + "]"));
        String next = LocalDate.now(ZoneOffset.UTC).plusWeeks(1).toString();
        String api = "/api/v1/pairs/" + pair.pairId + "/planned-sessions";
        String plan = "{\"date\": \"" + next + "\", \"startTime\": \"10:00\", \"timeZone\": \"UTC\","
                + " \"durationMinutes\": 45, \"format\": \"VIDEO\", \"topicId\": %d}";
        long planned = ActivePair.id(pair.as(
                        pair.mentor,
                        post(api).contentType(MediaType.APPLICATION_JSON).content(plan.formatted(id)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.topicId").value(id))
                .andExpect(jsonPath("$.topic.questions[0]").value("What first?")));
        String raw = pair.as(pair.mentee, get(api + "/" + planned + ".ics"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        for (String line : raw.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }
        assertThat(raw.replace("\r\n ", ""))
                .contains("DESCRIPTION:Topic: Zoë's guide\\, part 1\\; " + pair.run
                        + "\\nTry it live\\, together\\; then\\nOne habit for the week — with an assistant")
                .contains("\\n\\nQuestions:\\n- What first?\\n- Who decides?");

        // a topic of another program, or a retired one, is refused naming the field
        long other = ActivePair.id(pair.admin(post("/api/v1/programs")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(program("Other " + pair.run)))
                .andExpect(status().isCreated()));
        long foreign =
                jdbc.queryForObject("select min(id) from conversation_topic where program_id = ?", Long.class, other);
        pair.as(pair.mentor, post(api).contentType(MediaType.APPLICATION_JSON).content(plan.formatted(foreign)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("topicId"));
        pair.admin(post("/api/v1/topics/" + id + "/retire")).andExpect(status().isOk());
        pair.as(pair.mentor, post(api).contentType(MediaType.APPLICATION_JSON).content(plan.formatted(id)))
                .andExpect(status().isUnprocessableEntity());

        // the pair page shows the meeting's topic with its agenda and questions
        mvc.perform(get("/participant/pairs/" + pair.pairId).cookie(logIn(pair.mentor, ActivePair.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Zoë&#39;s guide, part 1; " + pair.run)))
                .andExpect(content().string(Matchers.containsString("Who decides?")));
    }

    @Test
    void planningOffersTopicsAboutTheGoalsSkillsNotYetCoveredFirst() throws Exception {
        long plain = add(topic("Aaa no skills " + pair.run, "MENTEE_TEACHES", "Agenda", "[]"));
        pair.as(
                        pair.mentor,
                        post("/api/v1/pairs/" + pair.pairId + "/sessions")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"date\": \"2025-02-10\", \"durationMinutes\": 30, \"format\": \"VIDEO\","
                                                + " \"skillsCovered\": [\"AI assistants\"], \"notes\": \"n\", \"actionItems\": \"\"}"))
                .andExpect(status().isCreated());
        pair.as(
                        pair.mentor,
                        put("/api/v1/pairs/" + pair.pairId + "/agreement")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"text\": \"We meet\", \"meetingRhythm\": \"Weekly\", \"goals\": ["
                                                + "{\"statement\": \"Post weekly\", \"skill\": \"TikTok\"},"
                                                + " {\"statement\": \"Use AI\", \"skill\": \"AI assistants\"}], \"version\": 0}"))
                .andExpect(status().isOk());

        String body = pair.as(pair.mentee, get("/api/v1/pairs/" + pair.pairId + "/topic-suggestions"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        List<String> fitting = JsonPath.read(body, "$.fitting[*].title");
        List<String> others = JsonPath.read(body, "$.others[*].title");
        // TikTok is a goal not covered yet; AI assistants a goal already covered; the rest is about neither
        assertThat(fitting).containsExactly("Social listening", "AI assistants for leaders");
        assertThat(others).doesNotContain("Social listening").contains("Reading a P&L");
        assertThat(others.get(others.size() - 1)).isEqualTo("Aaa no skills " + pair.run);

        pair.admin(post("/api/v1/topics/" + plain + "/retire")).andExpect(status().isOk());
        String after = pair.as(pair.mentee, get("/api/v1/pairs/" + pair.pairId + "/topic-suggestions"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(after).doesNotContain("Aaa no skills");
    }

    @Test
    void aProgramCopyCopiesTheTopicsInUse() throws Exception {
        long kept = add(topic("Kept " + pair.run, "MENTOR_TEACHES", "Agenda", "[" + skill("TikTok") + "]"));
        long retired = add(topic("Retired " + pair.run, "MENTOR_TEACHES", "Agenda", "[]"));
        pair.admin(post("/api/v1/topics/" + retired + "/retire")).andExpect(status().isOk());
        long target = ActivePair.id(pair.admin(post("/api/v1/programs")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(program("Copy " + pair.run)))
                .andExpect(status().isCreated()));
        jdbc.update(
                "update conversation_topic set retired = true where program_id = ? and title = ?",
                pair.programId,
                "Reading a P&L");

        guides.copyTopics(pair.programId, target);

        assertThat(titles(target))
                .isEqualTo(titles(pair.programId))
                .contains("Kept " + pair.run)
                .doesNotContain("Retired " + pair.run, "Reading a P&L");
        assertThat(jdbc.queryForObject(
                        "select count(*) from conversation_topic where program_id = ?", Integer.class, target))
                .isEqualTo(titles(pair.programId).size());
        assertThat(guides.find(kept)).map(TopicView::skills).contains(List.of("TikTok"));
    }

    @Test
    void theAdminPageListsAddsAndShowsAFieldError() throws Exception {
        var admin = logIn(ADMIN);
        String page = "/admin/programs/" + pair.programId + "/topics";
        mvc.perform(get(page).cookie(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("How decisions get made at the top")));
        mvc.perform(post(page).cookie(admin).with(csrf()).param("title", " ").param("direction", "MENTEE_TEACHES"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Give the topic a title.")));
        mvc.perform(post(page)
                        .cookie(admin)
                        .with(csrf())
                        .param("title", "Page topic " + pair.run)
                        .param("direction", "MENTEE_TEACHES")
                        .param("agenda", "One\nTwo")
                        .param("questions", "Why?\n\nHow?")
                        .param("skillIds", String.valueOf(skill("Negotiation"))))
                .andExpect(status().isFound());
        assertThat(jdbc.queryForObject(
                        "select questions::text from conversation_topic where title = ?",
                        String.class,
                        "Page topic " + pair.run))
                .isEqualTo("[\"Why?\", \"How?\"]");
        mvc.perform(get("/admin/programs/" + pair.programId).cookie(admin))
                .andExpect(content().string(Matchers.containsString(page)));
    }

    private static String program(String name) {
        return "{\"name\": \"" + name + "\", \"startDate\": \"2027-01-11\", \"endDate\": \"2027-12-17\","
                + " \"sponsorEmail\": \"" + EXECUTIVE + "\", \"objectives\": [{\"statement\": \"Use AI\","
                + " \"focusSkills\": [\"AI assistants\"], \"outcomeMeasure\": \"POST >= 3.5\"}],"
                + " \"matching\": {\"skillGapWeight\": 0.6, \"sharedInterestWeight\": 0.25, \"workStyleWeight\": 0.15,"
                + " \"minScore\": 0, \"excludeSameDepartment\": false, \"objective\": \"TOTAL_SCORE\","
                + " \"mode\": \"ADMIN_LED\"}}";
    }
}
