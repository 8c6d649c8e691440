package org.upward.security.internal;

import jakarta.servlet.ServletException;
import java.io.IOException;
import java.io.PrintWriter;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.springframework.http.MediaType;
import org.springframework.web.util.HtmlUtils;
import org.upward.shared.UiText;

/**
 * Tomcat refuses some addresses itself, before the application sees them (a {@code %00} in the path): it
 * answers 400 without mapping the request to the application, so the error page and the security chains never
 * run. This engine valve answers those like the application answers a bad request: a problem document under
 * {@code /api/}, a plain friendly page elsewhere, both with the security headers. Everything else passes on.
 */
class RejectedAddressValve extends ValveBase {

    RejectedAddressValve() {
        super(true);
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        if (request.getContext() != null || !response.isError() || response.getStatus() != 400) {
            getNext().invoke(request, response);
            return;
        }
        response.setSuspended(false);
        if (!response.setErrorReported()) {
            return;
        }
        String uri = request.getCoyoteRequest().requestURI().toString();
        boolean api = uri.startsWith("/api/") || uri.startsWith("/actuator/");
        RejectedRequests.writeHeaders(request, response, api);
        response.setHeader("Cache-Control", "no-store");
        PrintWriter writer = response.getReporter();
        if (writer == null) {
            return;
        }
        if (api) {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            writer.write("{\"type\":\"about:blank\",\"title\":\"Bad Request\",\"status\":400,\"detail\":\""
                    + UiText.of("web.error.theAddressIsNotValid").replace("\"", "'") + "\"}");
        } else {
            response.setContentType("text/html;charset=UTF-8");
            writer.write("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>"
                    + HtmlUtils.htmlEscape(UiText.of("error.4xx.title"))
                    + "</title><link rel=\"stylesheet\" href=\"/webjars/bootstrap/css/bootstrap.min.css\">"
                    + "<link rel=\"stylesheet\" href=\"/css/upward.css\"></head><body><main class=\"container\">"
                    + "<section class=\"error-page text-center py-5\"><p class=\"display-4 text-body-secondary\">400</p>"
                    + "<h1 class=\"h3\">" + HtmlUtils.htmlEscape(UiText.of("error.4xx.heading")) + "</h1>"
                    + "<p>" + HtmlUtils.htmlEscape(UiText.of("web.error.theAddressIsNotValid")) + "</p>"
                    + "<a class=\"btn btn-primary\" href=\"/\">" + HtmlUtils.htmlEscape(UiText.of("error.home"))
                    + "</a></section></main></body></html>");
        }
        response.finishResponse();
    }
}
