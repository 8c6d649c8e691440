package org.upward.assessment.internal;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import org.upward.security.AccessRules;
import org.upward.security.Role;

/** Participants answer their own assessments through the API. */
@Component
@Order(80)
class AssessmentAccessRules implements AccessRules {

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry api) {
        api.requestMatchers(HttpMethod.POST, "/api/v1/programs/*/assessments")
                .hasRole(Role.PARTICIPANT.name())
                .requestMatchers(HttpMethod.GET, "/api/v1/programs/*/assessments/mine")
                .hasRole(Role.PARTICIPANT.name());
    }
}
