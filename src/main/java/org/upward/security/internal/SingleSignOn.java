package org.upward.security.internal;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Component;

/** Whether OpenID Connect login is set up (UPWARD_SSO_ISSUER_URI and client), and the provider's name. */
@Component
class SingleSignOn {

    /** The one client registration: /oauth2/authorization/sso starts a login, /login/oauth2/code/sso ends it. */
    static final String REGISTRATION_ID = "sso";

    private final ObjectProvider<ClientRegistrationRepository> registrations;
    private final String providerName;

    SingleSignOn(
            ObjectProvider<ClientRegistrationRepository> registrations,
            @Value("${upward.sso.provider-name:}") String providerName) {
        this.registrations = registrations;
        this.providerName = providerName.isBlank() ? "single sign-on" : providerName.strip();
    }

    public boolean isConfigured() {
        return registrations.getIfAvailable() != null;
    }

    public String providerName() {
        return providerName;
    }

    /** The provider's client registration; only called when {@link #isConfigured()}. */
    ClientRegistration registration() {
        return registrations.getObject().findByRegistrationId(REGISTRATION_ID);
    }

    String loginUrl() {
        return "/oauth2/authorization/" + REGISTRATION_ID;
    }
}
