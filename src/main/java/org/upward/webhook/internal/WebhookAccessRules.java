package org.upward.webhook.internal;

import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import org.upward.security.AccessRules;
import org.upward.security.Role;

/** Only admins set a program's chat webhook. */
@Component
@Order(130)
class WebhookAccessRules implements AccessRules {

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry api) {
        api.requestMatchers("/api/v1/programs/*/webhook", "/api/v1/programs/*/webhook/**")
                .hasRole(Role.ADMIN.name());
    }

    @Override
    public void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry pages) {
        pages.requestMatchers("/admin/programs/*/webhook", "/admin/programs/*/webhook/**")
                .hasRole(Role.ADMIN.name());
    }
}
