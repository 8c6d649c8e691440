package org.upward.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.upward.support.BrowserlessSession;
import org.upward.support.IntegrationTest;

/** Error answers as a real server gives them: friendly pages for people, problems for the API. */
class ErrorPagesTest extends IntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void forbiddenPageIsFriendlyAndShowsNoInternals() throws Exception {
        BrowserlessSession browser = new BrowserlessSession("http://localhost:" + port);
        browser.logIn(MENTOR, DEMO_PASSWORD);
        HttpResponse<String> page = browser.get("/admin");
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body())
                .contains("This page is not for your role")
                .contains("Back to the start")
                .doesNotContain("Exception")
                .doesNotContain("at org.");
    }

    @Test
    void wrongLoginShowsAMessageThatDoesNotRevealAccounts() throws Exception {
        BrowserlessSession browser = new BrowserlessSession("http://localhost:" + port);
        HttpResponse<String> page = browser.logIn("nobody@example.com", "whatever-password");
        assertThat(page.uri().toString()).endsWith("/login?error");
        assertThat(page.body()).contains("That email and password did not work");
    }

    @Test
    void apiNotFoundIsAProblemDocument() throws Exception {
        String basic = Base64.getEncoder().encodeToString((ADMIN + ":" + DEMO_PASSWORD).getBytes());
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/tokens/999999"))
                                .header("Authorization", "Basic " + basic)
                                .DELETE()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("\"status\":404").doesNotContain("Exception");
    }

    @Test
    void apiWrongMethodIsAProblemDocument() throws Exception {
        String basic = Base64.getEncoder().encodeToString((ADMIN + ":" + DEMO_PASSWORD).getBytes());
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/me"))
                                .header("Authorization", "Basic " + basic)
                                .POST(HttpRequest.BodyPublishers.noBody())
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }
}
