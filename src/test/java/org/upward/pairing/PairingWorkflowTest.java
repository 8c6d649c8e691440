package org.upward.pairing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.upward.support.FlashMatchers.flashSuccess;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.support.TransactionTemplate;
import org.upward.support.IntegrationTest;
import org.upward.support.Passwords;

/** The pairing workflow on PostgreSQL, through the API of API.md. */
class PairingWorkflowTest extends IntegrationTest {

    private static final String PASSWORD = "a-long-test-password";

    private String run;
    private long programId;
    private String boss;
    private String bossReport;
    private String juniorUnderBoss;
    private String otherJunior;
    private String thirdJunior;
    private String peer;

    @BeforeEach
    void programInMatching() throws Exception {
        run = UUID.randomUUID().toString().substring(0, 8);
        boss = email("boss");
        bossReport = email("bossreport");
        juniorUnderBoss = email("junior");
        otherJunior = email("other");
        thirdJunior = email("third");
        peer = email("peer");
        String people = "email,name,department,job_level,manager_email\n"
                + boss + ",Bea Boss,Finance,8,\n"
                + bossReport + ",Rob Report,Finance,5," + boss + "\n"
                + juniorUnderBoss + ",Jo Junior,Finance,1," + bossReport + "\n"
                + otherJunior + ",Olli Other,Marketing,2,\n"
                + thirdJunior + ",Tia Third,IT,2,\n"
                + peer + ",Pat Peer,Sales,7,\n";
        admin(post("/api/v1/people/import").contentType("text/csv").content(people))
                .andExpect(status().isOk());
        String program =
                "{\"name\": \"Pairing " + run + "\", \"startDate\": \"2027-01-11\", \"endDate\": \"2027-12-17\","
                        + " \"sponsorEmail\": \"" + EXECUTIVE + "\", \"objectives\": [{\"statement\": \"Use AI\","
                        + " \"focusSkills\": [\"AI assistants\"], \"outcomeMeasure\": \"POST >= 3.5\"}],"
                        + " \"matching\": {\"skillGapWeight\": 0.6, \"sharedInterestWeight\": 0.25, \"workStyleWeight\": 0.15,"
                        + " \"minScore\": 1, \"excludeSameDepartment\": false, \"objective\": \"TOTAL_SCORE\", \"mode\": \"ADMIN_LED\"}}";
        String created = admin(post("/api/v1/programs")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(program))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        programId = ((Number) JsonPath.read(created, "$.id")).longValue();
        transition("ENROLLING");
        String enrollments = "email,side,skills_offered,skills_wanted,interests,work_style,capacity\n"
                + juniorUnderBoss + ",MENTOR,AI assistants:5;TikTok:5,,golf,INTROVERT,1\n"
                + otherJunior + ",MENTOR,AI assistants:3,,chess,EXTROVERT,1\n"
                + thirdJunior + ",MENTOR,TikTok:4,,sailing,AMBIVERT,1\n"
                + boss + ",MENTEE,,AI assistants:1:HIGH;TikTok:1:HIGH,golf,INTROVERT,\n"
                + peer + ",MENTEE,,TikTok:2:MEDIUM,sailing,AMBIVERT,\n";
        admin(post("/api/v1/programs/" + programId + "/enrollments/import")
                        .contentType("text/csv")
                        .content(enrollments))
                .andExpect(status().isOk());
        transition("MATCHING");
    }

    private String email(String who) {
        return who + "-" + run + "@example.com";
    }

    private ResultActions admin(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
            throws Exception {
        return mvc.perform(request.with(httpBasic(ADMIN, DEMO_PASSWORD)));
    }

    private ResultActions transition(String to) throws Exception {
        return admin(post("/api/v1/programs/" + programId + "/transitions")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"to\": \"" + to + "\"}"));
    }

    private String runPairing(boolean preview) throws Exception {
        return admin(post("/api/v1/programs/" + programId + "/pairing-runs")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"preview\": " + preview + "}"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private List<Map<String, Object>> pairs() throws Exception {
        return JsonPath.read(
                admin(get("/api/v1/programs/" + programId + "/pairs"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.items");
    }

    private long pairOf(String mentee, String status) throws Exception {
        return pairs().stream()
                .filter(p ->
                        p.get("menteeEmail").equals(mentee) && p.get("status").equals(status))
                .map(p -> ((Number) p.get("id")).longValue())
                .findFirst()
                .orElseThrow();
    }

    @Test
    void neverPairsWithinReportingLineAndExplainsEveryPair() throws Exception {
        String result = runPairing(false);
        List<Map<String, Object>> proposed = JsonPath.read(result, "$.pairs");
        assertThat(proposed).isNotEmpty().allSatisfy(pair -> {
            assertThat(pair.get("explanation")).asString().isNotBlank();
            assertThat(((Number) pair.get("score")).doubleValue()).isBetween(0.0, 100.0);
            assertThat(pair.get("breakdown")).asString().contains("skillGap");
        });
        assertThat(proposed)
                .noneMatch(p -> p.get("mentorEmail").equals(juniorUnderBoss)
                        && p.get("menteeEmail").equals(boss));
        assertThat(((Number) JsonPath.read(result, "$.id")).longValue()).isPositive();
        assertThat(JsonPath.<List<Object>>read(result, "$.unmatched")).hasSize(1);

        admin(get("/api/v1/programs/" + programId + "/pairing/candidates").param("menteeEmail", boss))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.mentorEmail == '" + juniorUnderBoss + "')].eligible")
                        .value(false))
                .andExpect(jsonPath("$[?(@.mentorEmail == '" + juniorUnderBoss + "')].reason")
                        .value(Matchers.hasItem(Matchers.containsString("reporting line"))));
    }

    @Test
    void previewStoresNothingAndCountsChanges() throws Exception {
        String preview = runPairing(true);
        assertThat(JsonPath.<Boolean>read(preview, "$.preview")).isTrue();
        assertThat(pairs()).isEmpty();
        runPairing(false);
        String again = admin(post("/api/v1/programs/" + programId + "/pairing-runs")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"preview\": true, \"weights\": {\"skillGapWeight\": 0, \"sharedInterestWeight\": 1,"
                                + " \"workStyleWeight\": 0}, \"minScore\": 0}"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(JsonPath.<Integer>read(again, "$.changedPairs")).isGreaterThanOrEqualTo(0);
        assertThat(pairs()).hasSize(2);
    }

    @Test
    void approvedPairsLetTheProgramRunAndASwapNeverReturnsTheDissolvedPair() throws Exception {
        transition("RUNNING").andExpect(status().isConflict());
        runPairing(false);
        for (Map<String, Object> pair : pairs()) {
            admin(post("/api/v1/pairs/" + pair.get("id") + "/approve")).andExpect(status().isOk());
        }
        transition("RUNNING").andExpect(status().isOk());
        long bossPair = pairOf(boss, "APPROVED");
        String mentorBefore = (String) pairs().stream()
                .filter(p -> ((Number) p.get("id")).longValue() == bossPair)
                .findFirst()
                .orElseThrow()
                .get("mentorEmail");
        admin(post("/api/v1/pairs/" + bossPair + "/activate")).andExpect(status().isOk());
        admin(post("/api/v1/pairs/" + bossPair + "/swap")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\": \"Schedules never match\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].menteeEmail").value(Matchers.hasItem(boss)))
                .andExpect(jsonPath("$[?(@.menteeEmail == '" + boss + "')].mentorEmail")
                        .value(Matchers.not(Matchers.hasItem(mentorBefore))));
        assertThat(pairs())
                .anySatisfy(p -> {
                    assertThat(p.get("status")).isEqualTo("DISSOLVED");
                    assertThat(p.get("dissolvedReason")).isEqualTo("Schedules never match");
                })
                .noneMatch(p -> p.get("menteeEmail").equals(boss)
                        && p.get("mentorEmail").equals(juniorUnderBoss)
                        && !p.get("status").equals("DISSOLVED"));
        admin(post("/api/v1/pairs/" + bossPair + "/swap")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\": \" \"}"))
                .andExpect(status().isUnprocessableContent());
    }

    @Test
    void aRejectedPairIsNeverProposedAgain() throws Exception {
        runPairing(false);
        long peerPair = pairOf(peer, "PROPOSED");
        Map<String, Object> rejected = pairs().stream()
                .filter(p -> ((Number) p.get("id")).longValue() == peerPair)
                .findFirst()
                .orElseThrow();
        admin(post("/api/v1/pairs/" + peerPair + "/reject"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REJECTED"));
        String again = runPairing(false);
        List<Map<String, Object>> proposed = JsonPath.read(again, "$.pairs");
        assertThat(proposed)
                .noneMatch(p -> p.get("mentorEmail").equals(rejected.get("mentorEmail"))
                        && p.get("menteeEmail").equals(peer));
        admin(post("/api/v1/pairs/" + peerPair + "/approve")).andExpect(status().isConflict());
    }

    @Test
    void aPairByHandWarnsAboutEveryBrokenConstraint() throws Exception {
        admin(post("/api/v1/programs/" + programId + "/pairs")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"mentorEmail\": \"" + juniorUnderBoss + "\", \"menteeEmail\": \"" + boss + "\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.manual").value(true))
                .andExpect(jsonPath("$.warnings[0]").value(Matchers.containsString("reporting line")));
        admin(post("/api/v1/programs/" + programId + "/pairs")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"mentorEmail\": \"" + otherJunior + "\", \"menteeEmail\": \"" + boss + "\"}"))
                .andExpect(status().isConflict());
        admin(post("/api/v1/programs/" + programId + "/pairs")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"mentorEmail\": \"" + boss + "\", \"menteeEmail\": \"" + peer + "\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("mentorEmail"));
    }

    @Test
    void thePairsOfAProgramArePagedLikeEveryOtherList() throws Exception {
        runPairing(false);
        int total = pairs().size();
        assertThat(total).isGreaterThan(1);
        admin(get("/api/v1/programs/" + programId + "/pairs").param("page", "1").param("size", "1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.size").value(1))
                .andExpect(jsonPath("$.total").value(total));
        admin(get("/api/v1/programs/" + programId + "/pairs").param("size", "0"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"));
    }

    @Test
    void participantsSeeOnlyTheirOwnPairsAndNoCandidates() throws Exception {
        runPairing(false);
        for (Map<String, Object> pair : pairs()) {
            admin(post("/api/v1/pairs/" + pair.get("id") + "/approve")).andExpect(status().isOk());
        }
        setPassword(peer);
        mvc.perform(get("/api/v1/programs/" + programId + "/pairs").with(httpBasic(peer, PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].menteeEmail").value(peer));
        mvc.perform(get("/api/v1/programs/" + programId + "/pairing/candidates")
                        .param("menteeEmail", boss)
                        .with(httpBasic(peer, PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/programs/" + programId + "/pairs").with(httpBasic(MENTOR, DEMO_PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/programs/" + programId + "/pairs").with(httpBasic(EXECUTIVE, DEMO_PASSWORD)))
                .andExpect(status().isForbidden());
        long bossPair = pairOf(boss, "APPROVED");
        mvc.perform(post("/api/v1/pairs/" + bossPair + "/flag").with(httpBasic(peer, PASSWORD)))
                .andExpect(status().isForbidden());
        long peerPair = pairOf(peer, "APPROVED");
        mvc.perform(post("/api/v1/pairs/" + peerPair + "/flag")
                        .with(httpBasic(peer, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"note\": \"We have nothing in common\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.flagged").value(true));
        mvc.perform(post("/api/v1/pairs/" + peerPair + "/approve").with(httpBasic(peer, PASSWORD)))
                .andExpect(status().isForbidden());
    }

    private void setPassword(String email) throws Exception {
        Passwords.setThroughInvitation(mvc, email, PASSWORD);
    }

    @Test
    void aParticipantSeesTheirPartnerWhyAndTheIntroChatAndCanFlagThePair() throws Exception {
        runPairing(false);
        long peerPair = pairOf(peer, "PROPOSED");
        admin(post("/api/v1/pairs/" + peerPair + "/approve")).andExpect(status().isOk());
        setPassword(peer);
        Cookie session = mvc.perform(post("/login")
                        .param("email", peer)
                        .param("password", PASSWORD)
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getCookie("SESSION");
        mvc.perform(get("/participant").cookie(session))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(Matchers.allOf(
                                Matchers.containsString("Your partners"),
                                Matchers.containsString("intro coffee chat"),
                                Matchers.containsString("Why you two"))));
        mvc.perform(post("/participant/pairs/" + peerPair + "/flag")
                        .cookie(session)
                        .param("note", "Different time zones")
                        .with(csrf()))
                .andExpect(redirectedUrl("/participant"))
                .andExpect(flashSuccess("pair.flagged"));
        assertThat(pairs()).anySatisfy(p -> {
            assertThat(p.get("flagged")).isEqualTo(true);
            assertThat(p.get("flagNote")).isEqualTo("Different time zones");
        });
    }

    @Autowired
    TransactionTemplate transactions;

    @Test
    void aSecondRunOfTheSameProgramIsRefusedWhileOneIsInProgress() throws Exception {
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread first = new Thread(() -> transactions.executeWithoutResult(status -> {
            jdbc.queryForObject("select pg_try_advisory_xact_lock(?)", Boolean.class, (0x5041_4952L << 32) | programId);
            locked.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        first.start();
        locked.await();
        try {
            admin(post("/api/v1/programs/" + programId + "/pairing-runs")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"preview\": false}"))
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.detail").value(Matchers.containsString("already in progress")));
            runPairing(true);
        } finally {
            release.countDown();
            first.join();
        }
        runPairing(false);
    }
}
