package org.upward.enrollment.internal;

import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import org.upward.security.AccessRules;
import org.upward.security.Role;

/**
 * A program's enrollments, their enrollments.csv import, its preview and template: admins only, API and pages
 * alike (the areas' defaults say the same; this says it where the enrollment paths are). A participant's own
 * enrollment lives under {@code /participant}.
 */
@Component
@Order(45)
class EnrollmentAccessRules implements AccessRules {

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry api) {
        api.requestMatchers("/api/v1/programs/*/enrollments", "/api/v1/programs/*/enrollments/**")
                .hasRole(Role.ADMIN.name());
    }

    @Override
    public void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry pages) {
        pages.requestMatchers("/admin/programs/*/enrollments", "/admin/programs/*/enrollments/**")
                .hasRole(Role.ADMIN.name());
    }
}
