package org.upward.webhook.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.ServerSocket;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.upward.pairing.PairingFixture;
import org.upward.support.IntegrationTest;

/**
 * A webhook may not point inside the network: loopback, link-local and metadata, private and unspecified
 * addresses, in any spelling, are refused when the URL is saved and again at every delivery, and the delivery
 * log tells no more than "not allowed", "no answer" or the HTTP status, so it cannot scan ports.
 */
class WebhookAddressTest extends IntegrationTest {

    @Autowired
    private WebhookSender sender;

    private long program() throws Exception {
        return PairingFixture.create(mvc, "ENROLLING").programId();
    }

    /** Stores a URL as if saved before today's rules (or before its host's DNS changed), queues a test message. */
    private Map<String, Object> deliverTestTo(long programId, String url) throws Exception {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update(
                "insert into program_webhook (program_id, url, enabled, created_at, updated_at) values (?, ?, true, ?, ?)",
                programId,
                url,
                now,
                now);
        mvc.perform(post("/api/v1/programs/" + programId + "/webhook/test").with(httpBasic(ADMIN, DEMO_PASSWORD)))
                .andExpect(status().isAccepted());
        sender.sendDue();
        return jdbc.queryForMap("select * from webhook_delivery where program_id = ?", programId);
    }

    @Test
    void urlsPointingInsideTheNetworkAreRefusedWhenSavedWithAFieldMessage() throws Exception {
        long programId = program();
        for (String inside : List.of(
                "https://127.0.0.1:1/",
                "https://169.254.169.254/latest/meta-data/",
                "https://0x7f000001/",
                "https://2130706433/",
                "https://[::1]/hook",
                "https://[::ffff:127.0.0.1]/hook",
                "https://[fd00:ec2::254]/",
                "https://[fe80::1]/",
                "https://0.0.0.0/",
                "https://10.1.2.3/hook",
                "https://172.16.5.4/hook",
                "https://192.168.1.1/hook",
                "https://100.100.100.200/",
                "https://localhost/hook")) {
            mvc.perform(put("/api/v1/programs/" + programId + "/webhook")
                            .with(httpBasic(ADMIN, DEMO_PASSWORD))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"url\": \"" + inside + "\"}"))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.errors[0].field").value("url"))
                    .andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("not allowed")));
        }
        assertThat(jdbc.queryForObject(
                        "select count(*) from program_webhook where program_id = ?", Long.class, programId))
                .isZero();

        WebhookUrlRule tests = new WebhookUrlRule(true);
        assertThat(tests.check("http://127.0.0.1:8080/hook")).isEqualTo("http://127.0.0.1:8080/hook");
        assertThatThrownBy(() -> tests.check("https://127.0.0.1:8080/hook")).hasMessageContaining("not allowed");
        assertThatThrownBy(() -> tests.check("http://192.168.1.1/hook")).hasMessageContaining("https://");
        assertThatThrownBy(() -> new WebhookUrlRule(false).check("http://127.0.0.1:8080/hook"))
                .hasMessageContaining("https://");
        assertThat(new WebhookUrlRule(false).check("https://93.184.215.14/hook"))
                .isEqualTo("https://93.184.215.14/hook");
    }

    @Test
    void aStoredInsideUrlIsRefusedAtDeliveryAndOpenAndClosedPortsLookTheSame() throws Exception {
        try (LocalWebhookServer open = new LocalWebhookServer();
                ServerSocket closing = new ServerSocket(0)) {
            int openPort = Integer.parseInt(open.url().replaceAll(".*:(\\d+)/.*", "$1"));
            int closedPort = closing.getLocalPort();
            closing.close();
            Map<String, Object> toOpen = deliverTestTo(program(), "https://127.0.0.1:" + openPort + "/hook");
            Map<String, Object> toClosed = deliverTestTo(program(), "https://127.0.0.1:" + closedPort + "/hook");
            Map<String, Object> byName = deliverTestTo(program(), "https://localhost:" + openPort + "/hook");
            for (Map<String, Object> refused : List.of(toOpen, toClosed, byName)) {
                assertThat(refused.get("status")).isEqualTo("PENDING");
                assertThat(refused.get("attempts")).isEqualTo(1);
                assertThat(refused.get("last_status_code")).isNull();
                assertThat(refused.get("last_error")).isEqualTo("could not deliver: the address is not allowed");
            }
            assertThat(open.bodies()).as("nothing reached the inside server").isEmpty();
        }
    }

    @Test
    void theLogGivesAGenericReasonAndRedirectsAreNotFollowed() throws Exception {
        int closedPort;
        try (ServerSocket closing = new ServerSocket(0)) {
            closedPort = closing.getLocalPort();
        }
        Map<String, Object> unreachable = deliverTestTo(program(), "http://127.0.0.1:" + closedPort + "/hook");
        assertThat(unreachable.get("last_error")).isEqualTo("could not deliver: no answer");

        try (LocalWebhookServer chat = new LocalWebhookServer()) {
            chat.answer(302);
            Map<String, Object> redirected = deliverTestTo(program(), chat.url());
            assertThat(redirected.get("status")).isEqualTo("PENDING");
            assertThat(redirected.get("last_status_code")).isEqualTo(302);
            assertThat(redirected.get("last_error")).isEqualTo("HTTP 302");
            assertThat(chat.bodies()).hasSize(1);
        }
    }
}
