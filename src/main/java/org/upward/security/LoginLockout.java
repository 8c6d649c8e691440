package org.upward.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.upward.people.Person;

/**
 * Login throttling: every {@value #FAILURES_PER_LOCK}th failed login in a row locks the account, first for
 * one minute, then twice as long with each further lockout, at most one hour. A successful login resets it.
 * Attempts while locked are refused without counting, whatever the password.
 */
@Component
class LoginLockout {

    static final int FAILURES_PER_LOCK = 5;
    static final Duration FIRST_LOCK = Duration.ofMinutes(1);
    static final Duration LONGEST_LOCK = Duration.ofHours(1);

    private final AccountRepository accounts;
    private final Clock clock;

    LoginLockout(AccountRepository accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    /** How long the failure that brings the count to {@code failures} locks the account, if it does. */
    static Optional<Duration> lockAfter(int failures) {
        if (failures <= 0 || failures % FAILURES_PER_LOCK != 0) {
            return Optional.empty();
        }
        int lockouts = failures / FAILURES_PER_LOCK;
        if (lockouts > 16) {
            return Optional.of(LONGEST_LOCK);
        }
        Duration lock = FIRST_LOCK.multipliedBy(1L << (lockouts - 1));
        return Optional.of(lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock);
    }

    @Transactional(readOnly = true)
    public boolean isLocked(String email) {
        Instant now = clock.instant();
        return accounts.findLockedUntil(Person.normalizeEmail(email))
                .map(until -> until.isAfter(now))
                .orElse(false);
    }

    /** Counts a failed login; in a transaction of its own, so it stays counted when the caller's rolls back. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordFailure(String email) {
        Instant now = clock.instant();
        accounts.lockByPersonEmail(Person.normalizeEmail(email)).ifPresent(account -> {
            int failures = account.getFailedLoginCount() + 1;
            Instant lockedUntil = lockAfter(failures).map(now::plus).orElse(account.getLockedUntil());
            accounts.recordFailedLogin(account.getId(), failures, lockedUntil);
        });
    }

    @Transactional
    public void recordSuccess(long accountId) {
        accounts.recordLogin(accountId, clock.instant());
    }
}
