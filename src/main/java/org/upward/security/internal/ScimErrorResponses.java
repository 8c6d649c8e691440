package org.upward.security.internal;

import com.unboundid.scim2.common.messages.ErrorResponse;
import com.unboundid.scim2.common.utils.JsonUtils;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** 401 and 403 of {@code /scim/v2}, as SCIM errors (RFC 7644 §3.12), for the identity provider to read. */
final class ScimErrorResponses {

    private ScimErrorResponses() {}

    static AuthenticationEntryPoint unauthorized() {
        return (request, response, exception) -> {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"Upward SCIM\"");
            write(response, 401, "A live provisioning token is required: Authorization: Bearer <token>");
        };
    }

    static AccessDeniedHandler forbidden() {
        return (request, response, exception) ->
                write(response, 403, "Only a provisioning token may use the SCIM service");
    }

    private static void write(HttpServletResponse response, int status, String detail) throws IOException {
        ErrorResponse error = new ErrorResponse(status);
        error.setDetail(detail);
        response.setStatus(status);
        response.setContentType("application/scim+json");
        response.setCharacterEncoding("UTF-8");
        JsonUtils.getObjectWriter().writeValue(response.getOutputStream(), error);
    }
}
