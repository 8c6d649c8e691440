package org.upward.security;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real OpenID Connect provider for the SSO tests (mock-oauth2-server on a free port, issuer "acme"), the settings
 * that point Upward at it, and the reset of the SSO policy a test may have changed in the shared database.
 */
final class TestIdentityProvider {

    static final String ISSUER = "acme";

    private TestIdentityProvider() {}

    /** Started; {@code interactive}: the provider shows its login page, where the test types who signs in. */
    static MockOAuth2Server start(boolean interactive) {
        MockOAuth2Server server = new MockOAuth2Server(new OAuth2Config(interactive));
        server.start(0);
        return server;
    }

    static void configure(DynamicPropertyRegistry registry, MockOAuth2Server provider, String clientId) {
        registry.add("upward.sso.issuer-uri", () -> provider.issuerUrl(ISSUER).toString());
        registry.add("upward.sso.client-id", () -> clientId);
        registry.add("upward.sso.client-secret", () -> "test-secret");
        registry.add("upward.sso.provider-name", () -> "Acme ID");
        registry.add("upward.sso.help-contact", () -> "hr@acme.example");
    }

    /** Password logins work for everyone again: SSO not required, nobody break-glass. */
    static void resetPolicy(JdbcTemplate jdbc) {
        jdbc.update("update sso_policy set password_login_requires_sso = false");
        jdbc.update("update account set break_glass = false");
    }
}
