package org.upward.security;

import org.springframework.security.core.AuthenticationException;

/** Password logins are switched off for this account: it must use single sign-on. */
class PasswordLoginRequiresSsoException extends AuthenticationException {

    PasswordLoginRequiresSsoException() {
        super("Password login requires single sign-on for this account");
    }
}
