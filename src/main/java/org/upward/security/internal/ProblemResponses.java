package org.upward.security.internal;

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
import org.upward.shared.DatabaseOutage;
import org.upward.shared.UiText;
import tools.jackson.databind.json.JsonMapper;

/** 401 and 403 answers of the API and actuator, as RFC 9457 problem documents. */
final class ProblemResponses {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ProblemResponses() {}

    /**
     * Said for every refused email and password alike — unknown email, wrong password, locked account — so
     * the answer does not tell whether the email has an account.
     */
    static String loginFailed() {
        return UiText.of("security.error.loginFailedDetail", LoginLockout.FAILURES_PER_LOCK);
    }

    static AuthenticationEntryPoint unauthorized() {
        return (request, response, exception) -> {
            if (DatabaseOutage.isCause(exception)) {
                // the credentials could not be checked at all: not the client's fault, and worth a retry
                response.setHeader(HttpHeaders.RETRY_AFTER, DatabaseOutage.RETRY_AFTER);
                write(
                        request,
                        response,
                        HttpStatus.SERVICE_UNAVAILABLE,
                        DatabaseOutage.title(),
                        DatabaseOutage.detail());
                return;
            }
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Upward\", Bearer realm=\"Upward\"");
            if (exception instanceof BadCredentialsException || exception instanceof AccountStatusException) {
                write(
                        request,
                        response,
                        HttpStatus.UNAUTHORIZED,
                        UiText.of("security.error.loginFailed"),
                        loginFailed());
                return;
            }
            write(
                    request,
                    response,
                    HttpStatus.UNAUTHORIZED,
                    UiText.of("security.error.authenticationRequired"),
                    UiText.of("security.error.sendHttpBasicCredentialsEmailAnd"));
        };
    }

    static AuthenticationEntryPoint invalidToken() {
        return (request, response, exception) -> {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"Upward\", error=\"invalid_token\"");
            write(
                    request,
                    response,
                    HttpStatus.UNAUTHORIZED,
                    UiText.of("security.error.invalidToken"),
                    UiText.of("security.error.theApiTokenIsUnknownOr"));
        };
    }

    static AccessDeniedHandler forbidden() {
        return (request, response, exception) -> write(
                request,
                response,
                HttpStatus.FORBIDDEN,
                UiText.of("security.error.forbidden"),
                UiText.of("security.error.yourRoleDoesNotAllowThis"));
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
