package org.upward.web.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;
import org.upward.shared.DatabaseOutage;
import tools.jackson.databind.json.JsonMapper;

/**
 * The outermost net for PostgreSQL outages. Sessions, logins and pages all need the database, and when
 * it is out of reach the failure can surface anywhere (loading the login session, saving it, a
 * controller): this filter sits in front of Spring Session and Spring Security and turns any failure
 * caused by the outage into 503 with the friendly "temporarily unavailable" page, or a problem document
 * for the API. The page is rendered here, without a session, so it needs no database itself.
 */
class DatabaseOutageFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseOutageFilter.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ViewResolver views;

    DatabaseOutageFilter(ViewResolver views) {
        this.views = views;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException failure) {
            if (!DatabaseOutage.isCause(failure) || response.isCommitted()) {
                throw failure;
            }
            log.warn(
                    "Answered {} {} with 503: the database is out of reach ({})",
                    request.getMethod(),
                    request.getRequestURI(),
                    rootMessage(failure));
            unavailable(request, response);
        }
    }

    private void unavailable(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        response.reset();
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, DatabaseOutage.RETRY_AFTER);
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        if (isApi(request)) {
            Map<String, Object> problem = new LinkedHashMap<>();
            problem.put("type", "about:blank");
            problem.put("title", DatabaseOutage.title());
            problem.put("status", HttpStatus.SERVICE_UNAVAILABLE.value());
            problem.put("detail", DatabaseOutage.detail());
            problem.put("instance", request.getRequestURI());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            JSON.writeValue(response.getOutputStream(), problem);
            return;
        }
        forgetRequestState(request);
        try {
            View page = views.resolveViewName(ErrorPages.VIEW, request.getLocale());
            if (page == null) {
                throw new IllegalStateException("No view for the 503 page");
            }
            response.setContentType(MediaType.TEXT_HTML_VALUE + ";charset=UTF-8");
            page.render(ErrorPages.model(HttpStatus.SERVICE_UNAVAILABLE), request, response);
        } catch (Exception cannotRender) {
            if (response.isCommitted()) {
                throw new ServletException("The 503 page could not be rendered", cannotRender);
            }
            response.setContentType(MediaType.TEXT_PLAIN_VALUE + ";charset=UTF-8");
            response.getWriter().write("Upward is temporarily unavailable. Please try again in a minute.");
        }
    }

    /**
     * Drops what the failed request left behind (e.g. a CSRF token that would load the session from
     * the database to render a form), so the page renders as for a visitor who is not signed in.
     */
    private static void forgetRequestState(HttpServletRequest request) {
        for (String name : Collections.list(request.getAttributeNames())) {
            if (!name.startsWith("jakarta.servlet.")) {
                request.removeAttribute(name);
            }
        }
    }

    private static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/") || path.startsWith("/actuator/");
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
