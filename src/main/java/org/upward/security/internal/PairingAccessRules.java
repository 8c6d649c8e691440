package org.upward.security.internal;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import org.upward.security.AccessRules;
import org.upward.security.Role;

/**
 * The pairing module's API exceptions to "pairs and programs are for admins": participants choose partners,
 * answer pair requests, see their pairs and flag one (the service checks which are theirs). Kept here until
 * {@code pairing} has its {@code internal} package; then it moves there.
 */
@Component
@Order(60)
class PairingAccessRules implements AccessRules {

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry api) {
        api.requestMatchers(HttpMethod.GET, "/api/v1/programs/*/pairing/options")
                .hasAnyRole(Role.ADMIN.name(), Role.PARTICIPANT.name())
                .requestMatchers(HttpMethod.GET, "/api/v1/programs/*/pair-requests")
                .hasAnyRole(Role.ADMIN.name(), Role.PARTICIPANT.name())
                .requestMatchers(HttpMethod.POST, "/api/v1/programs/*/pair-requests")
                .hasAnyRole(Role.ADMIN.name(), Role.PARTICIPANT.name())
                .requestMatchers(HttpMethod.POST, "/api/v1/pair-requests/*/accept", "/api/v1/pair-requests/*/decline")
                .hasAnyRole(Role.ADMIN.name(), Role.PARTICIPANT.name())
                .requestMatchers(HttpMethod.POST, "/api/v1/pair-requests/*/confirm")
                .hasRole(Role.ADMIN.name())
                .requestMatchers(HttpMethod.GET, "/api/v1/programs/*/pairs")
                .hasAnyRole(Role.ADMIN.name(), Role.PARTICIPANT.name())
                .requestMatchers(HttpMethod.POST, "/api/v1/pairs/*/flag")
                .hasAnyRole(Role.ADMIN.name(), Role.PARTICIPANT.name())
                .requestMatchers(HttpMethod.POST, "/api/v1/pairs/*/fit-check")
                .hasRole(Role.PARTICIPANT.name());
    }
}
