package org.upward.guide.internal;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import org.upward.security.AccessRules;
import org.upward.security.Role;

/**
 * Topics: admins keep them (the programs area and {@code /api/v1/topics}); the partners of a program's pairs
 * read its topics too (the service checks they have a pair in it). Executives never: aggregates only.
 */
@Component
@Order(85)
class GuideAccessRules implements AccessRules {

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry api) {
        api.requestMatchers(HttpMethod.GET, "/api/v1/programs/*/topics")
                .hasAnyRole(Role.ADMIN.name(), Role.PARTICIPANT.name())
                .requestMatchers("/api/v1/topics/**")
                .hasRole(Role.ADMIN.name());
    }
}
