package org.upward.security.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.HstsHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.XContentTypeOptionsHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter.XFrameOptionsMode;
import org.springframework.stereotype.Component;

/**
 * An address the firewall refuses ({@code %2F}, {@code %00}, {@code ..;}) is a plain bad request: 400 through
 * the error page (a problem document for the API, the friendly page for people) with the same security headers
 * as every answer. The firewall refuses it before any chain runs, so the headers are written here.
 */
@Component
class RejectedRequests implements RequestRejectedHandler {

    private static final List<HeaderWriter> API_HEADERS = headers(SecurityHeaders.API_CONTENT_SECURITY_POLICY);
    private static final List<HeaderWriter> PAGE_HEADERS = headers(SecurityHeaders.CONTENT_SECURITY_POLICY);

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException rejected)
            throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        writeHeaders(request, response, path.startsWith("/api/") || path.startsWith("/actuator/"));
        response.sendError(HttpStatus.BAD_REQUEST.value());
    }

    /** The security headers every answer carries, for an answer written outside the security chains. */
    static void writeHeaders(HttpServletRequest request, HttpServletResponse response, boolean api) {
        (api ? API_HEADERS : PAGE_HEADERS).forEach(writer -> writer.writeHeaders(request, response));
    }

    private static List<HeaderWriter> headers(String contentSecurityPolicy) {
        HstsHeaderWriter hsts = new HstsHeaderWriter(SecurityHeaders.HSTS_MAX_AGE.toSeconds(), true);
        hsts.setRequestMatcher(HttpServletRequest::isSecure);
        return List.of(
                new ContentSecurityPolicyHeaderWriter(contentSecurityPolicy),
                new XContentTypeOptionsHeaderWriter(),
                new XFrameOptionsHeaderWriter(XFrameOptionsMode.DENY),
                new ReferrerPolicyHeaderWriter(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN),
                hsts);
    }
}
