package org.upward.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.upward.support.IntegrationTest;
import org.upward.support.Race;

/**
 * Requests at the same time in one browser session (two tabs, a double click) each store what they added to the
 * session (a CSRF token, a flash message) in PostgreSQL; the second to write must not fail on the first's row.
 * The session's row is held locked, so every request has read the session before any of them writes it.
 */
class SameSessionRaceTest extends IntegrationTest {

    private static final int REQUESTS = 4;
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final String SAVING_THE_SESSION = "%update spring_session%set session_id%";

    @LocalServerPort
    int port;

    private final HttpClient client =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void pagesThatEachCreateTheCsrfTokenAtOnceAllAnswer() throws Exception {
        String cookie = "SESSION=" + logIn(ADMIN).getValue();
        String session = primaryIdOf(cookie);
        jdbc.update(
                "delete from spring_session_attributes where session_primary_id = ? and attribute_name like ?",
                session,
                "%CSRF_TOKEN");
        List<Callable<Integer>> pages = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            pages.add(() -> send(HttpRequest.newBuilder(uri("/notifications"))
                    .header("Cookie", cookie)
                    .build()));
        }

        List<Integer> statuses =
                Race.heldAtRow(jdbc, "spring_session", "primary_id", session, SAVING_THE_SESSION, pages);

        assertThat(statuses).containsOnly(200);
    }

    @Test
    void formsThatEachLeaveAFlashMessageAtOnceAllAnswer() throws Exception {
        String cookie = "SESSION=" + logIn(ADMIN).getValue();
        String session = primaryIdOf(cookie);
        HttpResponse<String> inbox = client.send(
                HttpRequest.newBuilder(uri("/notifications"))
                        .header("Cookie", cookie)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher csrf = CSRF.matcher(inbox.body());
        assertThat(csrf.find()).as("the page's CSRF token").isTrue();
        String form = "_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        List<Callable<Integer>> posts = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            posts.add(() -> send(HttpRequest.newBuilder(uri("/notifications/read-all"))
                    .header("Cookie", cookie)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form))
                    .build()));
        }

        List<Integer> statuses =
                Race.heldAtRow(jdbc, "spring_session", "primary_id", session, SAVING_THE_SESSION, posts);

        assertThat(statuses).containsOnly(302);
        assertThat(jdbc.queryForObject(
                        "select count(*) from spring_session_attributes where session_primary_id = ?"
                                + " and attribute_name like ?",
                        Integer.class,
                        session,
                        "%FLASH_MAPS"))
                .isEqualTo(1);
    }

    private int send(HttpRequest request) throws Exception {
        return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private String primaryIdOf(String cookie) {
        String sessionId =
                new String(Base64.getDecoder().decode(cookie.substring("SESSION=".length())), StandardCharsets.UTF_8);
        return jdbc.queryForObject(
                "select primary_id from spring_session where session_id = ?", String.class, sessionId);
    }
}
