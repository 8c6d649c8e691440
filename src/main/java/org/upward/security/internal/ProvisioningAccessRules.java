package org.upward.security.internal;

import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import org.upward.security.AccessRules;
import org.upward.security.Role;

/** Provisioning tokens are the admins'. ({@code /scim/v2} itself has a chain of its own: provisioning tokens only.) */
@Component
@Order(11)
class ProvisioningAccessRules implements AccessRules {

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry api) {
        api.requestMatchers("/api/v1/provisioning-tokens", "/api/v1/provisioning-tokens/*")
                .hasRole(Role.ADMIN.name());
    }
}
