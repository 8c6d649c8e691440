package org.upward.security.internal;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.upward.security.UpwardUser;

/**
 * Tells the lockout about every successful password login, which resets the count. (Failures need no telling:
 * {@link LoginLockout#admit} counted the attempt before its password was checked.)
 */
@Component
class LoginOutcomeRecorder {

    private final LoginLockout lockout;

    LoginOutcomeRecorder(LoginLockout lockout) {
        this.lockout = lockout;
    }

    @EventListener
    public void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof UpwardUser user) {
            lockout.recordSuccess(user.accountId());
        }
    }
}
