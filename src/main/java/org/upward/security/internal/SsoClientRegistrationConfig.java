package org.upward.security.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;

/**
 * The OpenID Connect client, only when {@code upward.sso.issuer-uri} is set: the provider's endpoints come from
 * its discovery document at start-up. Without it there is no client and the app logs in with passwords only.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${upward.sso.issuer-uri:}'.isBlank()")
class SsoClientRegistrationConfig {

    @Bean
    ClientRegistrationRepository ssoClientRegistrations(
            @Value("${upward.sso.issuer-uri}") String issuerUri,
            @Value("${upward.sso.client-id}") String clientId,
            @Value("${upward.sso.client-secret:}") String clientSecret,
            @Value("${upward.sso.provider-name:}") String providerName) {
        ClientRegistration registration = ClientRegistrations.fromOidcIssuerLocation(issuerUri.strip())
                .registrationId(SingleSignOn.REGISTRATION_ID)
                .clientId(clientId.strip())
                .clientSecret(clientSecret.strip())
                .clientName(providerName.isBlank() ? "single sign-on" : providerName.strip())
                .scope("openid", "email", "profile")
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .build();
        return new InMemoryClientRegistrationRepository(registration);
    }
}
