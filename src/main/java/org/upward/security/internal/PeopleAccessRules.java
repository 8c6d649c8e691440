package org.upward.security.internal;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import org.upward.security.AccessRules;
import org.upward.security.Role;

/**
 * The people module's API rules: everyone signed in reads the skill catalog, only admins change it or the
 * directory. Kept here, not in {@code people}, because {@code security} uses {@code people}: the other way round
 * would be a cycle.
 */
@Component
@Order(50)
class PeopleAccessRules implements AccessRules {

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry api) {
        api.requestMatchers(HttpMethod.GET, "/api/v1/skills")
                .authenticated()
                .requestMatchers("/api/v1/skills", "/api/v1/skills/**")
                .hasRole(Role.ADMIN.name())
                .requestMatchers("/api/v1/people", "/api/v1/people/**")
                .hasRole(Role.ADMIN.name());
    }
}
