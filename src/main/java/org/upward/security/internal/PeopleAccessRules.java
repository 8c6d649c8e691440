package org.upward.security.internal;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import org.upward.security.AccessRules;
import org.upward.security.Role;

/**
 * The people module's rules: everyone signed in reads the skill catalog and downloads their own data, only admins
 * change the catalog or the directory (and download a person's data: under {@code /api/v1/people} and
 * {@code /admin}). Kept here, not in {@code people}, because {@code security} uses {@code people}: the other way round
 * would be a cycle.
 */
@Component
@Order(50)
class PeopleAccessRules implements AccessRules {

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry api) {
        api.requestMatchers(HttpMethod.GET, "/api/v1/skills", "/api/v1/me/personal-data")
                .authenticated()
                .requestMatchers("/api/v1/skills", "/api/v1/skills/**")
                .hasRole(Role.ADMIN.name())
                .requestMatchers("/api/v1/people", "/api/v1/people/**")
                .hasRole(Role.ADMIN.name());
    }

    @Override
    public void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry pages) {
        pages.requestMatchers(HttpMethod.GET, "/account/personal-data", "/account/personal-data.zip")
                .authenticated();
    }
}
