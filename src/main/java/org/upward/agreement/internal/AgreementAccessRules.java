package org.upward.agreement.internal;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import org.upward.security.AccessRules;
import org.upward.security.Role;

/**
 * A pair's agreement: the two partners read and write it, admins read it (the service checks who is a
 * partner); executives never.
 */
@Component
@Order(75)
class AgreementAccessRules implements AccessRules {

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry api) {
        api.requestMatchers(HttpMethod.GET, "/api/v1/pairs/*/agreement")
                .hasAnyRole(Role.ADMIN.name(), Role.PARTICIPANT.name())
                .requestMatchers(HttpMethod.PUT, "/api/v1/pairs/*/agreement")
                .hasRole(Role.PARTICIPANT.name())
                .requestMatchers(HttpMethod.POST, "/api/v1/pairs/*/agreement/confirm")
                .hasRole(Role.PARTICIPANT.name());
    }
}
