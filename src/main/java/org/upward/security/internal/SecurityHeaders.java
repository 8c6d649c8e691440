package org.upward.security.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/** The security headers of every answer, for the chains ({@link SecurityConfig}) and the firewall's refusals. */
final class SecurityHeaders {

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
    static Customizer<HeadersConfigurer<HttpSecurity>> of(String contentSecurityPolicy) {
        return headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy))
                .contentTypeOptions(Customizer.withDefaults())
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .httpStrictTransportSecurity(hsts -> hsts.requestMatcher(HttpServletRequest::isSecure)
                        .maxAgeInSeconds(HSTS_MAX_AGE.toSeconds())
                        .includeSubDomains(true));
    }

    private SecurityHeaders() {}
}
