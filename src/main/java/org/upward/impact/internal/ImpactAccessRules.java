package org.upward.impact.internal;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import org.upward.security.AccessRules;
import org.upward.security.Role;

/**
 * The dashboards are for executives and admins; a program's results (its dashboard page, the results and the
 * board pack) also for its sponsor, which {@link ResultsReaders} checks per program.
 */
@Component
@Order(110)
class ImpactAccessRules implements AccessRules {

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry api) {
        api.requestMatchers(HttpMethod.GET, "/api/v1/programs/*/results", "/api/v1/programs/*/results.pdf")
                .authenticated()
                .requestMatchers(HttpMethod.GET, "/api/v1/programs/*/impact", "/api/v1/programs/*/impact/*")
                .hasAnyRole(Role.ADMIN.name(), Role.EXECUTIVE.name());
    }

    @Override
    public void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry pages) {
        pages.requestMatchers(HttpMethod.GET, "/impact/programs/*", "/impact/programs/*/results.pdf")
                .authenticated()
                .requestMatchers(HttpMethod.GET, "/impact/programs/*/*")
                .hasAnyRole(Role.ADMIN.name(), Role.EXECUTIVE.name());
    }
}
