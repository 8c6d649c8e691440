package org.upward.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * One module's part of the access rules: who may reach the paths it answers. A module implements it with a
 * package-private {@code @Component} in its {@code internal} package, marked {@code @Order(n)}; the security
 * chains apply every module's rules in that order (first match wins), and only after all of them the areas'
 * defaults: pages under {@code /admin} are for admins, {@code /executive} for executives, {@code /participant} for
 * participants; the API under a program or a pair ({@code /api/v1/programs/**}, {@code /api/v1/pairs/**}) is for
 * admins; an address no rule names is denied. So a module adds rules only for its paths outside those areas and
 * for its exceptions inside them. Keep one module's rules from overlapping another's: where they must, the lower
 * order wins.
 */
public interface AccessRules {

    /** Rules for the JSON API: the requests under {@code /api/}. */
    default void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry api) {}

    /** Rules for the pages: every request not under {@code /api/} or {@code /actuator/}. */
    default void pages(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry pages) {}
}
