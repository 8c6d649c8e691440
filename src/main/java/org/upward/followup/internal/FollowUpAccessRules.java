package org.upward.followup.internal;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import org.upward.security.AccessRules;
import org.upward.security.Role;

/**
 * A pair's follow-ups: the two partners read and change them, admins read them (the service checks who is a
 * partner); executives never. The page's one-tap "done" is under {@code /participant}, for participants.
 */
@Component
@Order(72)
class FollowUpAccessRules implements AccessRules {

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry api) {
        api.requestMatchers(HttpMethod.GET, "/api/v1/pairs/*/follow-ups")
                .hasAnyRole(Role.ADMIN.name(), Role.PARTICIPANT.name())
                .requestMatchers(HttpMethod.POST, "/api/v1/pairs/*/follow-ups")
                .hasRole(Role.PARTICIPANT.name())
                .requestMatchers(HttpMethod.PATCH, "/api/v1/follow-ups/*")
                .hasRole(Role.PARTICIPANT.name());
    }

    @Override
    public void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry pages) {
        pages.requestMatchers(HttpMethod.POST, "/participant/follow-ups/*/done").hasRole(Role.PARTICIPANT.name());
    }
}
