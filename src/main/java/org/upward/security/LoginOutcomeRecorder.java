package org.upward.security;

import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.upward.people.Person;

/** Counts failed logins per account and resets the count on a successful one. */
@Component
class LoginOutcomeRecorder {

    private final AccountRepository accounts;
    private final Clock clock;

    LoginOutcomeRecorder(AccountRepository accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        accounts.countFailedLogin(
                Person.normalizeEmail(event.getAuthentication().getName()));
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof UpwardUser user) {
            accounts.recordLogin(user.accountId(), clock.instant());
        }
    }
}
