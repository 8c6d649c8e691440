package org.upward.security.internal;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.upward.security.UpwardUser;

/** Loads the provider's user as Spring does, then links it to an Upward account or refuses the login. */
class LinkingOidcUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService delegate = new OidcUserService();
    private final SsoAccountLinker linker;

    LinkingOidcUserService(SsoAccountLinker linker) {
        this.linker = linker;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser oidcUser = delegate.loadUser(request);
        UpwardUser user =
                linker.link(oidcUser.getEmail(), isTrue(oidcUser.getClaims().get("email_verified")));
        return new LinkedOidcUser(oidcUser, user);
    }

    /** Some providers send {@code "true"} as a string. */
    private static boolean isTrue(Object claim) {
        return Boolean.TRUE.equals(claim) || "true".equalsIgnoreCase(String.valueOf(claim));
    }
}
