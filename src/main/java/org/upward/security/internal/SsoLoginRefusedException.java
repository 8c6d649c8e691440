package org.upward.security.internal;

import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;

/** The identity provider vouched for someone Upward does not let in: why, and which email they came with. */
class SsoLoginRefusedException extends OAuth2AuthenticationException {

    enum Reason {
        /** No email, or the provider does not say it verified it. */
        UNVERIFIED_EMAIL,
        /** The email is not in the people directory. */
        UNKNOWN_PERSON,
        /** The person has left the company (their leave date has come). */
        LEFT_COMPANY
    }

    private final Reason reason;
    private final String email;

    SsoLoginRefusedException(Reason reason, String email) {
        super(new OAuth2Error("upward_" + reason.name().toLowerCase()), "Single sign-on refused: " + reason);
        this.reason = reason;
        this.email = email;
    }

    Reason reason() {
        return reason;
    }

    String email() {
        return email;
    }
}
