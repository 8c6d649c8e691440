package org.upward.intake.internal;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import org.upward.security.AccessRules;
import org.upward.security.Role;

/**
 * Joining a program: anyone signed in sees the open programs and applies (people without a role yet included);
 * an applicant withdraws only their own application and a manager decides only for their own report (the
 * service checks, 404 otherwise); intakes and decisions are for admins.
 */
@Component
@Order(45)
class IntakeAccessRules implements AccessRules {

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry api) {
        api.requestMatchers(HttpMethod.GET, "/api/v1/programs/open", "/api/v1/me/applications")
                .authenticated()
                .requestMatchers(HttpMethod.GET, "/api/v1/programs/*/applications")
                .hasRole(Role.ADMIN.name())
                .requestMatchers(HttpMethod.POST, "/api/v1/programs/*/applications/acceptances")
                .hasRole(Role.ADMIN.name())
                .requestMatchers(HttpMethod.POST, "/api/v1/programs/*/applications")
                .authenticated()
                .requestMatchers(HttpMethod.GET, "/api/v1/programs/*/intake")
                .hasRole(Role.ADMIN.name())
                .requestMatchers(HttpMethod.PUT, "/api/v1/programs/*/intake")
                .hasRole(Role.ADMIN.name())
                .requestMatchers(
                        HttpMethod.POST,
                        "/api/v1/applications/*/accept",
                        "/api/v1/applications/*/decline",
                        "/api/v1/applications/*/waitlist")
                .hasRole(Role.ADMIN.name())
                .requestMatchers(
                        HttpMethod.POST, "/api/v1/applications/*/withdrawal", "/api/v1/applications/*/manager-approval")
                .authenticated();
    }

    @Override
    public void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry pages) {
        pages.requestMatchers("/admin/programs/*/intake", "/admin/programs/*/applications/**")
                .hasRole(Role.ADMIN.name())
                .requestMatchers("/programs/*/apply", "/programs/*/apply/**", "/applications/*/manager-approval")
                .authenticated();
    }
}
