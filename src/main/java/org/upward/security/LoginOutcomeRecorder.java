package org.upward.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Tells the lockout about every password login: a wrong password counts, a success resets. */
@Component
class LoginOutcomeRecorder {

    private final LoginLockout lockout;

    LoginOutcomeRecorder(LoginLockout lockout) {
        this.lockout = lockout;
    }

    @EventListener
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        lockout.recordFailure(event.getAuthentication().getName());
    }

    @EventListener
    public void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof UpwardUser user) {
            lockout.recordSuccess(user.accountId());
        }
    }
}
