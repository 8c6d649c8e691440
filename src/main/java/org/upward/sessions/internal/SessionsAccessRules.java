package org.upward.sessions.internal;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import org.upward.security.AccessRules;
import org.upward.security.Role;

/** Both partners of a pair (and admins) log and plan its sessions; the service checks who is a partner. */
@Component
@Order(70)
class SessionsAccessRules implements AccessRules {

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry api) {
        api.requestMatchers(
                        "/api/v1/pairs/*/sessions",
                        "/api/v1/pairs/*/check-ins",
                        "/api/v1/pairs/*/planned-sessions",
                        "/api/v1/pairs/*/planned-sessions/*",
                        "/api/v1/pairs/*/topic-suggestions",
                        "/api/v1/sessions/**")
                .hasAnyRole(Role.ADMIN.name(), Role.PARTICIPANT.name())
                // the status board with each pair's health, and keeping a quiet pair: admins only
                .requestMatchers(HttpMethod.GET, "/api/v1/programs/*/status-board")
                .hasRole(Role.ADMIN.name())
                .requestMatchers(HttpMethod.POST, "/api/v1/pairs/*/keep")
                .hasRole(Role.ADMIN.name());
    }

    @Override
    public void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry pages) {
        pages.requestMatchers(HttpMethod.GET, "/pairs/*/planned/*")
                .hasAnyRole(Role.ADMIN.name(), Role.PARTICIPANT.name());
    }
}
