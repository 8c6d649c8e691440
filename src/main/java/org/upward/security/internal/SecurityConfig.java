package org.upward.security.internal;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.upward.security.Role;

/**
 * Three chains: the JSON API (Basic or Bearer, stateless, no CSRF), the actuator, and the pages
 * (form login and, when configured, OpenID Connect single sign-on; session in PostgreSQL, CSRF). Every URL has an explicit rule; anything else is denied
 * ({@link UnmappedAddresses}: an address no controller answers is a 404 for a signed-in person).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /** JSON and CSV answers load nothing and may not be framed. */
    static final String API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

    static final Duration HSTS_MAX_AGE = Duration.ofDays(365);

    /**
     * The headers every answer carries: a content security policy, nosniff, no framing, a referrer
     * policy, and HSTS — the last only on requests that came over HTTPS (directly or, from a trusted proxy
     * ({@link TrustedProxyFilter}), as its {@code X-Forwarded-Proto} says).
     */
    static Customizer<HeadersConfigurer<HttpSecurity>> securityHeaders(String contentSecurityPolicy) {
        return headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy))
                .contentTypeOptions(Customizer.withDefaults())
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .httpStrictTransportSecurity(hsts -> hsts.requestMatcher(HttpServletRequest::isSecure)
                        .maxAgeInSeconds(HSTS_MAX_AGE.toSeconds())
                        .includeSubDomains(true));
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

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
    SecurityFilterChain apiChain(HttpSecurity http, ApiTokenService tokens, UnmappedAddresses unmapped)
            throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth.requestMatchers(
                                "/api/v1/me", "/api/v1/me/password", "/api/v1/tokens", "/api/v1/tokens/*")
                        .authenticated()
                        .requestMatchers(
                                "/api/v1/me/notification-settings", "/api/v1/notifications", "/api/v1/notifications/**")
                        .authenticated()
                        .requestMatchers(HttpMethod.GET, "/api/v1/skills")
                        .authenticated()
                        .requestMatchers("/api/v1/skills", "/api/v1/skills/**")
                        .hasRole(Role.ADMIN.name())
                        .requestMatchers(HttpMethod.POST, "/api/v1/invitations/*")
                        .permitAll()
                        .requestMatchers("/api/v1/people", "/api/v1/people/**")
                        .hasRole(Role.ADMIN.name())
                        .requestMatchers(HttpMethod.GET, "/api/v1/programs/*/pairing/options")
                        .hasAnyRole(Role.ADMIN.name(), Role.PARTICIPANT.name())
                        .requestMatchers(HttpMethod.GET, "/api/v1/programs/*/pair-requests")
                        .hasAnyRole(Role.ADMIN.name(), Role.PARTICIPANT.name())
                        .requestMatchers(HttpMethod.POST, "/api/v1/programs/*/pair-requests")
                        .hasAnyRole(Role.ADMIN.name(), Role.PARTICIPANT.name())
                        .requestMatchers(
                                HttpMethod.POST, "/api/v1/pair-requests/*/accept", "/api/v1/pair-requests/*/decline")
                        .hasAnyRole(Role.ADMIN.name(), Role.PARTICIPANT.name())
                        .requestMatchers(HttpMethod.POST, "/api/v1/pair-requests/*/confirm")
                        .hasRole(Role.ADMIN.name())
                        .requestMatchers(HttpMethod.GET, "/api/v1/programs/*/pairs")
                        .hasAnyRole(Role.ADMIN.name(), Role.PARTICIPANT.name())
                        .requestMatchers(HttpMethod.POST, "/api/v1/pairs/*/flag")
                        .hasAnyRole(Role.ADMIN.name(), Role.PARTICIPANT.name())
                        .requestMatchers(
                                "/api/v1/pairs/*/sessions",
                                "/api/v1/pairs/*/check-ins",
                                "/api/v1/pairs/*/planned-sessions",
                                "/api/v1/pairs/*/planned-sessions/*",
                                "/api/v1/sessions/**")
                        .hasAnyRole(Role.ADMIN.name(), Role.PARTICIPANT.name())
                        .requestMatchers("/api/v1/pairs/**")
                        .hasRole(Role.ADMIN.name())
                        .requestMatchers(HttpMethod.POST, "/api/v1/programs/*/assessments")
                        .hasRole(Role.PARTICIPANT.name())
                        .requestMatchers(HttpMethod.GET, "/api/v1/programs/*/assessments/mine")
                        .hasRole(Role.PARTICIPANT.name())
                        .requestMatchers(HttpMethod.POST, "/api/v1/programs/*/surveys/*/responses")
                        .authenticated()
                        .requestMatchers(HttpMethod.GET, "/api/v1/surveys/open")
                        .authenticated()
                        .requestMatchers(
                                HttpMethod.GET,
                                "/api/v1/programs",
                                "/api/v1/programs/*",
                                "/api/v1/programs/*/impact",
                                "/api/v1/programs/*/impact/*")
                        .hasAnyRole(Role.ADMIN.name(), Role.EXECUTIVE.name())
                        .requestMatchers(HttpMethod.GET, "/api/v1/audit")
                        .hasRole(Role.ADMIN.name())
                        .requestMatchers("/api/v1/programs/*/webhook", "/api/v1/programs/*/webhook/**")
                        .hasRole(Role.ADMIN.name())
                        .requestMatchers("/api/v1/programs", "/api/v1/programs/**")
                        .hasRole(Role.ADMIN.name())
                        .anyRequest()
                        .access(unmapped))
                .httpBasic(basic -> basic.authenticationEntryPoint(ProblemResponses.unauthorized()))
                .addFilterBefore(new ApiTokenAuthenticationFilter(tokens), BasicAuthenticationFilter.class)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .headers(securityHeaders(API_CONTENT_SECURITY_POLICY))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(ProblemResponses.unauthorized())
                        .accessDeniedHandler(ProblemResponses.forbidden()));
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
                .headers(securityHeaders(API_CONTENT_SECURITY_POLICY))
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
            UnmappedAddresses unmapped)
            throws Exception {
        http.authorizeHttpRequests(auth -> auth.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD)
                        .permitAll()
                        .requestMatchers("/css/**", "/js/**", "/images/**", "/webjars/**", "/favicon.ico")
                        .permitAll()
                        .requestMatchers("/login", "/error", "/invitations/**")
                        .permitAll()
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
                        .permitAll()
                        .requestMatchers(
                                "/",
                                "/welcome",
                                "/notifications",
                                "/notifications/**",
                                "/account/password",
                                "/account/time-zone")
                        .authenticated()
                        .requestMatchers(HttpMethod.GET, "/pairs/*/planned/*")
                        .hasAnyRole(Role.ADMIN.name(), Role.PARTICIPANT.name())
                        .requestMatchers(HttpMethod.GET, "/admin/audit")
                        .hasRole(Role.ADMIN.name())
                        .requestMatchers("/admin/programs/*/webhook", "/admin/programs/*/webhook/**")
                        .hasRole(Role.ADMIN.name())
                        .requestMatchers("/admin", "/admin/**")
                        .hasRole(Role.ADMIN.name())
                        .requestMatchers("/executive", "/executive/**")
                        .hasRole(Role.EXECUTIVE.name())
                        .requestMatchers(HttpMethod.GET, "/impact/programs/*", "/impact/programs/*/*")
                        .hasAnyRole(Role.ADMIN.name(), Role.EXECUTIVE.name())
                        .requestMatchers("/participant", "/participant/**")
                        .hasRole(Role.PARTICIPANT.name())
                        // anyone signed in reaches a survey page; the survey module answers 403 unless invited
                        .requestMatchers("/surveys/**")
                        .authenticated()
                        .anyRequest()
                        .access(unmapped))
                .formLogin(form -> form.loginPage("/login")
                        .usernameParameter("email")
                        .defaultSuccessUrl("/", true)
                        .failureHandler(new PasswordLoginFailureHandler(passwordLogins))
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .securityContext(context -> context.securityContextRepository(new CurrentRolesContextRepository(users)))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(securityHeaders(CONTENT_SECURITY_POLICY));
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
