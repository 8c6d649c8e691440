package org.upward.security.internal;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import org.upward.security.AccessRules;

/** Signing in, accepting an invitation, one's own account and API tokens. */
@Component
@Order(10)
class AccountAccessRules implements AccessRules {

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry api) {
        api.requestMatchers("/api/v1/me", "/api/v1/me/password", "/api/v1/tokens", "/api/v1/tokens/*")
                .authenticated()
                .requestMatchers(HttpMethod.POST, "/api/v1/invitations/*")
                .permitAll();
    }

    @Override
    public void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry pages) {
        pages.requestMatchers("/login", "/invitations/**")
                .permitAll()
                .requestMatchers("/account/password")
                .authenticated();
    }
}
