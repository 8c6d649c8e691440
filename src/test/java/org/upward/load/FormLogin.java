package org.upward.load;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Signs in the way a browser does: {@code GET /login} for the session cookie and the {@code _csrf} hidden
 * field, then {@code POST /login} with them; answers the new session's {@code Cookie} header value.
 */
final class FormLogin {

    private static final Pattern CSRF = Pattern.compile(
            "<input[^>]*name=\"_csrf\"[^>]*value=\"([^\"]+)\"|<input[^>]*value=\"([^\"]+)\"[^>]*name=\"_csrf\"");
    private static final String SESSION_COOKIE = "SESSION";

    private FormLogin() {}

    static String signIn(HttpClient http, String baseUrl, String email, String password)
            throws IOException, InterruptedException {
        HttpResponse<String> form = http.send(
                HttpRequest.newBuilder(URI.create(baseUrl + "/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (form.statusCode() != 200) {
            throw new IllegalStateException("GET /login answered " + form.statusCode());
        }
        Matcher csrf = CSRF.matcher(form.body());
        if (!csrf.find()) {
            throw new IllegalStateException("GET /login has no _csrf field");
        }
        String token = csrf.group(1) != null ? csrf.group(1) : csrf.group(2);
        String cookie = sessionCookie(form, null);
        String body = "email=" + encode(email) + "&password=" + encode(password) + "&_csrf=" + encode(token);
        HttpRequest.Builder post = HttpRequest.newBuilder(URI.create(baseUrl + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (cookie != null) {
            post.header("Cookie", cookie);
        }
        HttpResponse<String> answer = http.send(post.build(), HttpResponse.BodyHandlers.ofString());
        String location = answer.headers().firstValue("Location").orElse("");
        if (answer.statusCode() != 302 || location.contains("/login")) {
            throw new IllegalStateException(
                    "Login of " + email + " failed: " + answer.statusCode() + " to '" + location + "'");
        }
        String session = sessionCookie(answer, cookie);
        if (session == null) {
            throw new IllegalStateException("Login of " + email + " set no session cookie");
        }
        return session;
    }

    private static String sessionCookie(HttpResponse<?> response, String fallback) {
        for (String header : response.headers().allValues("Set-Cookie")) {
            String pair = header.split(";", 2)[0].trim();
            if (pair.startsWith(SESSION_COOKIE + "=")) {
                return pair;
            }
        }
        return fallback;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
