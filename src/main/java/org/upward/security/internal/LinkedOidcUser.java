package org.upward.security.internal;

import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.upward.security.UpwardUser;

/** The provider's user with the Upward account it was linked to; replaced by that account after login. */
class LinkedOidcUser extends DefaultOidcUser {

    private final transient UpwardUser upwardUser;

    LinkedOidcUser(OidcUser oidcUser, UpwardUser upwardUser) {
        super(upwardUser.getAuthorities(), oidcUser.getIdToken(), oidcUser.getUserInfo());
        this.upwardUser = upwardUser;
    }

    UpwardUser upwardUser() {
        return upwardUser;
    }
}
