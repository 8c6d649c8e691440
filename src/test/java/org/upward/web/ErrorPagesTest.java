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
    void anEncodedSlashOrNulInThePathIsA400ProblemForTheApiAndTheFriendlyPageElsewhere() throws Exception {
        for (String path : new String[] {"/api/v1/programs%2F1", "/api/v1/me%00", "/api/v1/people/a%2Fb%40x.com"}) {
            HttpResponse<String> api = basic(path, ADMIN);
            assertThat(api.statusCode()).as(path).isEqualTo(400);
            assertThat(api.headers().firstValue("Content-Type")).as(path).hasValue("application/problem+json");
            assertThat(api.body()).contains("\"status\":400").doesNotContain("Exception");
            assertThat(api.headers().firstValue("X-Content-Type-Options"))
                    .as(path)
                    .hasValue("nosniff");
            assertThat(api.headers().firstValue("Content-Security-Policy"))
                    .as(path)
                    .isPresent();
        }
        BrowserlessSession browser = new BrowserlessSession("http://localhost:" + port);
        browser.logIn(MENTOR, DEMO_PASSWORD);
        for (String path : new String[] {"/participant%2Fx", "/notifications%00", "/login%2F"}) {
            HttpResponse<String> page = browser.get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(400);
            assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
            assertThat(page.body())
                    .contains("That request could not be handled")
                    .doesNotContain("Tomcat");
            assertThat(page.headers().firstValue("X-Content-Type-Options"))
                    .as(path)
                    .hasValue("nosniff");
            assertThat(page.headers().firstValue("Content-Security-Policy"))
                    .as(path)
                    .isPresent();
        }
    }

    @Test
    void theErrorAddressItselfIsNotFoundRatherThanAServerError() throws Exception {
        HttpResponse<String> page = new BrowserlessSession("http://localhost:" + port).get("/error");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("There is nothing here").doesNotContain("Something went wrong on our side");
    }

    @Test
    void anUnknownAddressIsNotFoundForASignedInPersonAndTheLoginForAVisitor() throws Exception {
        BrowserlessSession browser = new BrowserlessSession("http://localhost:" + port);
        HttpResponse<String> visitor = browser.get("/no-such-page");
        assertThat(visitor.uri().getPath()).isEqualTo("/login");
        browser.logIn(MENTOR, DEMO_PASSWORD);
        for (String path : new String[] {"/no-such-page", "/participant-typo/1", "/pairs/1/nothing"}) {
            HttpResponse<String> page = browser.get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(404);
            assertThat(page.body()).contains("There is nothing here").doesNotContain("not for your role");
        }
        assertThat(browser.get("/admin").statusCode())
                .as("a known page still checks the role")
                .isEqualTo(403);
        HttpResponse<String> api = basic("/api/v1/no-such-list", MENTOR);
        assertThat(api.statusCode()).isEqualTo(404);
        assertThat(api.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(basic("/api/v1/no-such-list", null).statusCode()).isEqualTo(401);
        assertThat(basic("/api/v1/people", MENTOR).statusCode())
                .as("a known address still checks the role")
                .isEqualTo(403);
    }

    private HttpResponse<String> basic(String path, String email) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (email != null) {
            request.header(
                    "Authorization",
                    "Basic " + Base64.getEncoder().encodeToString((email + ":" + DEMO_PASSWORD).getBytes()));
        }
        return HttpClient.newHttpClient().send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
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
