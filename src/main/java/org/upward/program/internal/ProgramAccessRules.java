package org.upward.program.internal;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import org.upward.security.AccessRules;
import org.upward.security.Role;

/**
 * Executives read programs too; changing them, copying them into the next cohort and keeping templates is for admins.
 */
@Component
@Order(100)
class ProgramAccessRules implements AccessRules {

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry api) {
        api.requestMatchers(HttpMethod.GET, "/api/v1/programs", "/api/v1/programs/*")
                .hasAnyRole(Role.ADMIN.name(), Role.EXECUTIVE.name())
                .requestMatchers(HttpMethod.POST, "/api/v1/programs/*/copies", "/api/v1/programs/*/templates")
                .hasRole(Role.ADMIN.name())
                .requestMatchers("/api/v1/program-templates", "/api/v1/program-templates/**")
                .hasRole(Role.ADMIN.name());
    }
}
