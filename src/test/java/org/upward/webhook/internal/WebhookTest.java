package org.upward.webhook.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;
import org.upward.pairing.PairingFixture;
import org.upward.program.ProgramService;
import org.upward.program.ProgramStatus;
import org.upward.support.IntegrationTest;
import org.upward.support.MutableClock;

/**
 * A program's chat webhook, posting to a real HTTP server on 127.0.0.1: what is queued by which action, what
 * arrives, how failures are retried with backoff and given up, and who may configure it.
 */
class WebhookTest extends IntegrationTest {

    private static final String FIXTURE_PREFIX = "Pairing pages ";

    @Autowired
    private WebhookSender sender;

    @Autowired
    private MutableClock clock;

    @Autowired
    private ProgramService programs;

    @Autowired
    private TransactionTemplate transactions;

    private LocalWebhookServer chat;

    @BeforeEach
    void startChat() throws Exception {
        chat = new LocalWebhookServer();
    }

    @AfterEach
    void stopChat() {
        chat.close();
        clock.reset();
    }

    private ResultActions admin(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(httpBasic(ADMIN, DEMO_PASSWORD)));
    }

    private ResultActions setWebhook(long programId, String url) throws Exception {
        return admin(put("/api/v1/programs/" + programId + "/webhook")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"url\": \"" + url + "\"}"));
    }

    private List<Map<String, Object>> deliveries(long programId) {
        return jdbc.queryForList("select * from webhook_delivery where program_id = ? order by id", programId);
    }

    private Map<String, Object> onlyDelivery(long programId) {
        List<Map<String, Object>> all = deliveries(programId);
        assertThat(all).hasSize(1);
        return all.get(0);
    }

    private long pairByHand(PairingFixture f) throws Exception {
        String created = admin(post("/api/v1/programs/" + f.programId() + "/pairs")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"mentorEmail\": \"" + f.thirdJunior() + "\", \"menteeEmail\": \"" + f.peer()
                                + "\"}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return ((Number) JsonPath.read(created, "$.id")).longValue();
    }

    /** Queues a test message through the API and answers its delivery id. */
    private long queueTest(long programId) throws Exception {
        setWebhook(programId, chat.url()).andExpect(status().isOk());
        admin(post("/api/v1/programs/" + programId + "/webhook/test")).andExpect(status().isAccepted());
        return ((Number) onlyDelivery(programId).get("id")).longValue();
    }

    private Map<String, Object> delivery(long id) {
        return jdbc.queryForMap("select * from webhook_delivery where id = ?", id);
    }

    @Test
    void approvingAPairPostsTheNewPairWithOnlyTheNamesOfThePartnersAndTheProgram() throws Exception {
        PairingFixture f = PairingFixture.create(mvc, "MATCHING");
        String run = f.name().substring(FIXTURE_PREFIX.length());
        setWebhook(f.programId(), chat.url())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.enabled").value(true))
                .andExpect(jsonPath("$.maskedUrl").value(Matchers.not(chat.url())));
        long pair = pairByHand(f);
        assertThat(deliveries(f.programId()))
                .as("a proposed pair is not news yet")
                .isEmpty();

        admin(post("/api/v1/pairs/" + pair + "/approve")).andExpect(status().isOk());

        Map<String, Object> queued = onlyDelivery(f.programId());
        assertThat(queued.get("event_kind")).isEqualTo("PAIR_APPROVED");
        assertThat(queued.get("status")).isEqualTo("PENDING");
        assertThat(chat.bodies())
                .as("nothing is sent inside the approving request")
                .isEmpty();

        assertThat(sender.sendDue()).isGreaterThanOrEqualTo(1);

        assertThat(chat.bodies())
                .containsExactly("{\"text\":\"New pair in \\\"" + f.name() + "\\\": Tia Third " + run
                        + " will mentor Pat Peer " + run + ".\"}");
        assertThat(chat.contentTypes().get(0)).startsWith("application/json");
        admin(get("/api/v1/programs/" + f.programId() + "/webhook/deliveries"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].eventKind").value("PAIR_APPROVED"))
                .andExpect(jsonPath("$[0].status").value("DELIVERED"))
                .andExpect(jsonPath("$[0].attempts").value(1))
                .andExpect(jsonPath("$[0].lastStatusCode").value(200))
                .andExpect(jsonPath("$[0].text").value(Matchers.containsString("will mentor Pat Peer " + run)));

        admin(post("/api/v1/pairs/" + pair + "/activate")).andExpect(status().isOk());
        admin(post("/api/v1/programs/" + f.programId() + "/transitions")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"to\": \"RUNNING\"}"))
                .andExpect(status().isOk());
        sender.sendDue();
        assertThat(chat.bodies())
                .hasSize(3)
                .contains(
                        "{\"text\":\"Tia Third " + run + " and Pat Peer " + run + " have had their intro chat in \\\""
                                + f.name() + "\\\": their pair is now active.\"}",
                        "{\"text\":\"Program \\\"" + f.name() + "\\\" moved from Matching to Running.\"}");
    }

    @Test
    void aProgramWithoutAWebhookQueuesNothing() throws Exception {
        PairingFixture f = PairingFixture.create(mvc, "MATCHING");
        long pair = pairByHand(f);
        admin(post("/api/v1/pairs/" + pair + "/approve")).andExpect(status().isOk());
        assertThat(deliveries(f.programId())).isEmpty();
        admin(get("/api/v1/programs/" + f.programId() + "/webhook")).andExpect(status().isNotFound());
    }

    @Test
    void aPausedWebhookQueuesNothing() throws Exception {
        PairingFixture f = PairingFixture.create(mvc, "MATCHING");
        admin(put("/api/v1/programs/" + f.programId() + "/webhook")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"url\": \"" + chat.url() + "\", \"enabled\": false}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.enabled").value(false));
        long pair = pairByHand(f);
        admin(post("/api/v1/pairs/" + pair + "/approve")).andExpect(status().isOk());
        assertThat(deliveries(f.programId())).isEmpty();
    }

    @Test
    void aRolledBackActionQueuesNoMessage() throws Exception {
        PairingFixture f = PairingFixture.create(mvc, "ENROLLING");
        setWebhook(f.programId(), chat.url()).andExpect(status().isOk());

        transactions.executeWithoutResult(tx -> {
            programs.transition(f.programId(), ProgramStatus.MATCHING);
            assertThat(deliveries(f.programId()))
                    .as("queued inside the transaction")
                    .hasSize(1);
            tx.setRollbackOnly();
        });

        assertThat(programs.get(f.programId()).status()).isEqualTo(ProgramStatus.ENROLLING);
        assertThat(deliveries(f.programId())).isEmpty();
    }

    @Test
    void aFailingWebhookIsRetriedWithBackoffUntilItAnswers() throws Exception {
        PairingFixture f = PairingFixture.create(mvc, "ENROLLING");
        chat.answer(500, 500, 200);
        long id = queueTest(f.programId());

        sender.sendDue();
        Map<String, Object> first = delivery(id);
        assertThat(first.get("status")).isEqualTo("PENDING");
        assertThat(first.get("attempts")).isEqualTo(1);
        assertThat(first.get("last_status_code")).isEqualTo(500);
        assertThat((String) first.get("last_error")).startsWith("HTTP 500");

        sender.sendDue();
        assertThat(chat.bodies())
                .as("not retried before the first backoff (1 minute)")
                .hasSize(1);

        clock.advance(Duration.ofSeconds(61));
        sender.sendDue();
        assertThat(delivery(id).get("attempts")).isEqualTo(2);
        clock.advance(Duration.ofMinutes(4));
        sender.sendDue();
        assertThat(chat.bodies()).as("the second backoff is 5 minutes").hasSize(2);

        clock.advance(Duration.ofSeconds(61));
        sender.sendDue();
        Map<String, Object> last = delivery(id);
        assertThat(last.get("status")).isEqualTo("DELIVERED");
        assertThat(last.get("attempts")).isEqualTo(3);
        assertThat(last.get("last_status_code")).isEqualTo(200);
        assertThat(last.get("last_error")).isNull();
        assertThat(last.get("delivered_at")).isNotNull();
        assertThat(chat.bodies()).hasSize(3).allMatch(body -> body.contains("Test message from Upward"));
    }

    @Test
    void aWebhookThatNeverAnswersWellEndsFailedAfterFiveAttempts() throws Exception {
        PairingFixture f = PairingFixture.create(mvc, "ENROLLING");
        chat.alwaysAnswer(503);
        long id = queueTest(f.programId());

        for (int attempt = 1; attempt <= 7; attempt++) {
            sender.sendDue();
            clock.advance(Duration.ofHours(3));
        }

        Map<String, Object> failed = delivery(id);
        assertThat(failed.get("status")).isEqualTo("FAILED");
        assertThat(failed.get("attempts")).isEqualTo(WebhookSender.MAX_ATTEMPTS);
        assertThat(failed.get("last_status_code")).isEqualTo(503);
        assertThat(failed.get("last_error"))
                .as("the status only, not the answer's body")
                .isEqualTo("HTTP 503");
        assertThat(chat.bodies()).hasSize(WebhookSender.MAX_ATTEMPTS);
    }

    @Test
    void anUnreachableWebhookCountsAsAFailedAttempt() throws Exception {
        PairingFixture f = PairingFixture.create(mvc, "ENROLLING");
        long id = queueTest(f.programId());
        chat.close();

        sender.sendDue();

        Map<String, Object> after = delivery(id);
        assertThat(after.get("status")).isEqualTo("PENDING");
        assertThat(after.get("attempts")).isEqualTo(1);
        assertThat(after.get("last_status_code")).isNull();
        assertThat((String) after.get("last_error")).isNotBlank();
    }

    @Test
    void onlyHttpsUrlsAreAcceptedAndLocalHttpOnlyWhenTheTestPropertyAllowsIt() throws Exception {
        PairingFixture f = PairingFixture.create(mvc, "ENROLLING");
        for (String bad : List.of(
                "http://hooks.example.com/services/x",
                "ftp://hooks.example.com/x",
                "not a url",
                "https://",
                "https://user:secret@hooks.example.com/x")) {
            setWebhook(f.programId(), bad)
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(content().string(Matchers.containsString("\"url\"")));
        }
        admin(put("/api/v1/programs/" + f.programId() + "/webhook")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().is4xxClientError());
        assertThat(jdbc.queryForObject(
                        "select count(*) from program_webhook where program_id = ?", Long.class, f.programId()))
                .isZero();

        setWebhook(f.programId(), "https://hooks.example.com/services/T000/B000/secretpart")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.maskedUrl").value("https://hooks.example.com/…part"));

        WebhookUrlRule production = new WebhookUrlRule(false);
        assertThat(production.check(" https://hooks.example.com/x ")).isEqualTo("https://hooks.example.com/x");
        for (String local : List.of("http://127.0.0.1:8080/hook", "http://localhost/hook")) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> production.check(local))
                    .hasMessageContaining("https://");
            assertThat(new WebhookUrlRule(true).check(local)).isEqualTo(local);
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new WebhookUrlRule(true).check("http://10.0.0.1/hook"))
                .hasMessageContaining("https://");
    }

    @Test
    void theAdminPageSetsTheUrlShowsAFieldErrorSendsATestAndListsDeliveries() throws Exception {
        PairingFixture f = PairingFixture.create(mvc, "ENROLLING");
        Cookie session = logIn(ADMIN);
        String page = "/admin/programs/" + f.programId() + "/webhook";

        mvc.perform(get("/admin/programs/" + f.programId()).cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("href=\"" + page + "\"")));
        mvc.perform(get(page).cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("No webhook yet")));

        mvc.perform(post(page).cookie(session).with(csrf()).param("url", "http://hooks.example.com/x"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("is-invalid")))
                .andExpect(content().string(Matchers.containsString("must start with https://")));

        mvc.perform(post(page)
                        .cookie(session)
                        .with(csrf())
                        .param("url", chat.url())
                        .param("enabled", "true"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl(page));
        mvc.perform(post(page + "/test").cookie(session).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl(page));
        chat.answer(500);
        sender.sendDue();

        mvc.perform(get(page).cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Test message from Upward")))
                .andExpect(content().string(Matchers.containsString("HTTP 500")))
                .andExpect(content().string(Matchers.containsString("Waiting")))
                .andExpect(content().string(Matchers.not(Matchers.containsString(chat.url()))));

        mvc.perform(post(page + "/delete").cookie(session).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl(page));
        assertThat(onlyDelivery(f.programId()).get("status")).isEqualTo("FAILED");
        mvc.perform(get(page).cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("No webhook yet")))
                .andExpect(content().string(Matchers.containsString("Webhook removed")));
    }

    @Test
    void nonAdminsAreRefused() throws Exception {
        PairingFixture f = PairingFixture.create(mvc, "ENROLLING");
        String api = "/api/v1/programs/" + f.programId() + "/webhook";
        for (String who : List.of(EXECUTIVE, MENTOR, MENTEE)) {
            mvc.perform(get(api).with(httpBasic(who, DEMO_PASSWORD))).andExpect(status().isForbidden());
            mvc.perform(put(api).with(httpBasic(who, DEMO_PASSWORD))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"url\": \"https://hooks.example.com/x\"}"))
                    .andExpect(status().isForbidden());
            mvc.perform(delete(api).with(httpBasic(who, DEMO_PASSWORD))).andExpect(status().isForbidden());
            mvc.perform(get(api + "/deliveries").with(httpBasic(who, DEMO_PASSWORD)))
                    .andExpect(status().isForbidden());
            Cookie session = logIn(who);
            mvc.perform(get("/admin/programs/" + f.programId() + "/webhook").cookie(session))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/admin/programs/" + f.programId() + "/webhook")
                            .cookie(session)
                            .with(csrf())
                            .param("url", "https://hooks.example.com/x"))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get(api)).andExpect(status().isUnauthorized());
        assertThat(jdbc.queryForObject(
                        "select count(*) from program_webhook where program_id = ?", Long.class, f.programId()))
                .isZero();
    }
}
