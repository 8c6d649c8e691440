package org.upward.security.internal;

import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.upward.security.AccessRules;
import org.upward.security.Role;

/**
 * Four chains: SCIM provisioning (a provisioning token only), the JSON API (Basic or Bearer, stateless, no CSRF),
 * the actuator, and the pages
 * (form login and, when configured, OpenID Connect single sign-on; session in PostgreSQL, CSRF). Every URL has an
 * explicit rule: what every application serves (static files, the error page, the API description), then each
 * module's {@link AccessRules} in their order, then the areas' defaults; anything else is denied
 * ({@link UnmappedAddresses}: an address no controller answers is a 404 for a signed-in person).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    /** The one way email and password are checked, for the login form and API Basic alike. */
    @Bean
    AuthenticationProvider passwordLogin(
            AccountUserDetailsService accounts,
            PasswordEncoder passwordEncoder,
            LoginLockout lockout,
            LoginAddressLimit addresses) {
        return new ThrottledAuthenticationProvider(accounts, passwordEncoder, lockout, addresses);
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(
            HttpSecurity http,
            ApiTokenService tokens,
            ObjectProvider<AccessRules> accessRules,
            UnmappedAddresses unmapped)
            throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> {
                    accessRules.orderedStream().forEach(rules -> rules.api(auth));
                    // the areas: under a program or a pair the API is for admins unless a module said otherwise
                    auth.requestMatchers("/api/v1/pairs/**")
                            .hasRole(Role.ADMIN.name())
                            .requestMatchers("/api/v1/programs", "/api/v1/programs/**")
                            .hasRole(Role.ADMIN.name())
                            .anyRequest()
                            .access(unmapped);
                })
                .httpBasic(basic -> basic.authenticationEntryPoint(ProblemResponses.unauthorized()))
                .addFilterBefore(new ApiTokenAuthenticationFilter(tokens), BasicAuthenticationFilter.class)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .headers(SecurityHeaders.of(SecurityHeaders.API_CONTENT_SECURITY_POLICY))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(ProblemResponses.unauthorized())
                        .accessDeniedHandler(ProblemResponses.forbidden()));
        return http.build();
    }

    /**
     * SCIM provisioning: an identity provider's provisioning token and nothing else (no Basic, no session, no
     * person's API token), stateless, no CSRF, errors in SCIM's format.
     */
    @Bean
    @Order(0)
    SecurityFilterChain scimChain(HttpSecurity http, ProvisioningTokenService tokens) throws Exception {
        http.securityMatcher("/scim/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().hasAuthority(ProvisioningTokenFilter.AUTHORITY))
                .addFilterBefore(new ProvisioningTokenFilter(tokens), BasicAuthenticationFilter.class)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .headers(SecurityHeaders.of(SecurityHeaders.API_CONTENT_SECURITY_POLICY))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(ScimErrorResponses.unauthorized())
                        .accessDeniedHandler(ScimErrorResponses.forbidden()));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain actuatorChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(
                        auth -> auth.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info")
                                .permitAll()
                                .anyRequest()
                                .hasRole(Role.ADMIN.name()))
                .httpBasic(basic -> basic.authenticationEntryPoint(ProblemResponses.unauthorized()))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .headers(SecurityHeaders.of(SecurityHeaders.API_CONTENT_SECURITY_POLICY))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(ProblemResponses.unauthorized())
                        .accessDeniedHandler(ProblemResponses.forbidden()));
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain pageChain(
            HttpSecurity http,
            SingleSignOn sso,
            SsoAccountLinker linker,
            PasswordLoginPolicy passwordLogins,
            SignedInUsers users,
            ObjectProvider<AccessRules> accessRules,
            UnmappedAddresses unmapped)
            throws Exception {
        http.authorizeHttpRequests(auth -> {
                    auth.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD)
                            .permitAll()
                            .requestMatchers("/css/**", "/js/**", "/images/**", "/webjars/**", "/favicon.ico")
                            .permitAll()
                            .requestMatchers("/error")
                            .permitAll()
                            .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
                            .permitAll();
                    accessRules.orderedStream().forEach(rules -> rules.pages(auth));
                    // the areas: each role's pages, then deny what no rule names
                    auth.requestMatchers("/admin", "/admin/**")
                            .hasRole(Role.ADMIN.name())
                            .requestMatchers("/executive", "/executive/**")
                            .hasRole(Role.EXECUTIVE.name())
                            .requestMatchers("/participant", "/participant/**")
                            .hasRole(Role.PARTICIPANT.name())
                            .anyRequest()
                            .access(unmapped);
                })
                .formLogin(form -> form.loginPage("/login")
                        .usernameParameter("email")
                        .defaultSuccessUrl("/", true)
                        .failureHandler(new PasswordLoginFailureHandler(passwordLogins))
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .securityContext(context -> context.securityContextRepository(new CurrentRolesContextRepository(users)))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(SecurityHeaders.of(SecurityHeaders.CONTENT_SECURITY_POLICY));
        if (sso.isConfigured()) {
            // /oauth2/authorization/sso and /login/oauth2/code/sso are handled by the OAuth2 filters
            SsoLogout ssoLogout = new SsoLogout(sso.registration());
            http.logout(logout -> logout.addLogoutHandler(ssoLogout).logoutSuccessHandler(ssoLogout));
            http.oauth2Login(oidc -> oidc.loginPage("/login")
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(new LinkingOidcUserService(linker)))
                    .successHandler(new SsoLoginSuccessHandler())
                    .failureHandler(new SsoLoginFailureHandler()));
        }
        return http.build();
    }
}
