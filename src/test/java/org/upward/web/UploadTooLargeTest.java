package org.upward.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.upward.support.IntegrationTest;

/**
 * An upload over the 10 MB limit gets an answer an ordinary HTTP client can read: the server reads (and drops)
 * the rest of the body before answering, so a client that sends the whole body first is not cut off with a
 * broken pipe; the API answers a 413 problem in words, pages the friendly 413 page.
 */
class UploadTooLargeTest extends IntegrationTest {

    private static final int ELEVEN_MB = 11 * 1024 * 1024;
    private static final String BOUNDARY = "----upward-test-boundary";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    private final HttpClient client =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void aCsvBodyOverTheLimitIsA413ProblemTheClientCanRead() throws Exception {
        HttpResponse<String> answer = post("/api/v1/people/import", "text/csv", eleven(), basic(ADMIN));
        assertProblem(answer, "The file is larger than 10 MB.");
    }

    @Test
    void aMultipartUploadOverTheLimitIsA413ProblemTheClientCanRead() throws Exception {
        HttpResponse<String> answer = post(
                "/api/v1/people/import",
                "multipart/form-data; boundary=" + BOUNDARY,
                multipart(eleven(), null),
                basic(ADMIN));
        assertProblem(answer, "The upload is larger than 10 MB.");
    }

    @Test
    void aPageUploadOverTheLimitShowsTheFriendlyPage() throws Exception {
        String cookie = "SESSION=" + logIn(ADMIN).getValue();
        String form = client.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/admin/people/import"))
                                .header("Cookie", cookie)
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher csrf = CSRF.matcher(form);
        assertThat(csrf.find()).as("the form's CSRF token").isTrue();

        HttpResponse<String> answer = post(
                "/admin/people/import",
                "multipart/form-data; boundary=" + BOUNDARY,
                multipart(eleven(), csrf.group(1)),
                null,
                "Cookie",
                cookie);

        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(answer.body()).contains("That file is too large").doesNotContain("Exception");
    }

    private HttpResponse<String> post(String path, String type, byte[] body, String authorization, String... headers)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertProblem(HttpResponse<String> answer, String detail) {
        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(answer.body())
                .contains("\"status\":413")
                .contains("\"detail\":\"" + detail + "\"")
                .doesNotContain("Exception");
    }

    private static byte[] eleven() {
        byte[] big = new byte[ELEVEN_MB];
        Arrays.fill(big, (byte) 'a');
        return big;
    }

    /** A form with the file first and, for pages, the CSRF token last, as a browser sends it. */
    private static byte[] multipart(byte[] file, String csrfToken) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"people.csv\""
                        + "\r\nContent-Type: text/csv\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        if (csrfToken != null) {
            body.writeBytes(
                    ("\r\n--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrfToken)
                            .getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    private static String basic(String email) {
        return "Basic "
                + Base64.getEncoder().encodeToString((email + ":" + DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
    }
}
