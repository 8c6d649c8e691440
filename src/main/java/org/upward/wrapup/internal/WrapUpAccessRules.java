package org.upward.wrapup.internal;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import org.upward.security.AccessRules;
import org.upward.security.Role;

/**
 * A pair's wrap-up: each partner reads and writes their own, admins read whether they answered (the service
 * checks who is a partner); executives see only the program's aggregate.
 */
@Component
@Order(76)
class WrapUpAccessRules implements AccessRules {

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry api) {
        api.requestMatchers(HttpMethod.GET, "/api/v1/pairs/*/wrap-up")
                .hasAnyRole(Role.ADMIN.name(), Role.PARTICIPANT.name())
                .requestMatchers(HttpMethod.PUT, "/api/v1/pairs/*/wrap-up")
                .hasRole(Role.PARTICIPANT.name())
                .requestMatchers(HttpMethod.GET, "/api/v1/programs/*/wrap-ups/summary")
                .hasAnyRole(Role.ADMIN.name(), Role.EXECUTIVE.name());
    }
}
