package org.upward.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.upward.web.DatabaseOutage;
import tools.jackson.databind.json.JsonMapper;

/** 401 and 403 answers of the API and actuator, as RFC 9457 problem documents. */
final class ProblemResponses {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ProblemResponses() {}

    /**
     * Said for every refused email and password alike — unknown email, wrong password, locked account — so
     * the answer does not tell whether the email has an account.
     */
    static final String LOGIN_FAILED = "The email and password did not work. After "
            + LoginLockout.FAILURES_PER_LOCK + " failed attempts an account is locked for a while; "
            + "wait a few minutes and try again.";

    static AuthenticationEntryPoint unauthorized() {
        return (request, response, exception) -> {
            if (DatabaseOutage.isCause(exception)) {
                // the credentials could not be checked at all: not the client's fault, and worth a retry
                response.setHeader(HttpHeaders.RETRY_AFTER, DatabaseOutage.RETRY_AFTER);
                write(request, response, HttpStatus.SERVICE_UNAVAILABLE, DatabaseOutage.TITLE, DatabaseOutage.DETAIL);
                return;
            }
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Upward\", Bearer realm=\"Upward\"");
            if (exception instanceof BadCredentialsException || exception instanceof AccountStatusException) {
                write(request, response, HttpStatus.UNAUTHORIZED, "Login failed", LOGIN_FAILED);
                return;
            }
            write(
                    request,
                    response,
                    HttpStatus.UNAUTHORIZED,
                    "Authentication required",
                    "Send HTTP Basic credentials (email and password) or 'Authorization: Bearer <API token>'.");
        };
    }

    static AuthenticationEntryPoint invalidToken() {
        return (request, response, exception) -> {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"Upward\", error=\"invalid_token\"");
            write(
                    request,
                    response,
                    HttpStatus.UNAUTHORIZED,
                    "Invalid token",
                    "The API token is unknown or was revoked.");
        };
    }

    static AccessDeniedHandler forbidden() {
        return (request, response, exception) ->
                write(request, response, HttpStatus.FORBIDDEN, "Forbidden", "Your role does not allow this.");
    }

    private static void write(
            HttpServletRequest request, HttpServletResponse response, HttpStatus status, String title, String detail)
            throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("status", status.value());
        problem.put("title", title);
        problem.put("detail", detail);
        problem.put("instance", request.getRequestURI());
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        JSON.writeValue(response.getOutputStream(), problem);
    }
}
