package org.upward.security.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.upward.people.People;
import org.upward.people.PersonRef;

/**
 * Login throttling: every {@value #FAILURES_PER_LOCK}th failed login in a row locks the account, first for
 * one minute, then twice as long with each further lockout, at most one hour. A successful login resets it.
 * Attempts while locked are refused without counting, whatever the password. Each attempt is counted before
 * its password is checked ({@link #admit}), so parallel attempts cannot slip past the limit.
 */
@Component
class LoginLockout {

    static final int FAILURES_PER_LOCK = 5;
    static final Duration FIRST_LOCK = Duration.ofMinutes(1);
    static final Duration LONGEST_LOCK = Duration.ofHours(1);

    private final AccountRepository accounts;
    private final People people;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    LoginLockout(AccountRepository accounts, People people, JdbcTemplate jdbc, Clock clock) {
        this.accounts = accounts;
        this.people = people;
        this.jdbc = jdbc;
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

    /**
     * Counts a password attempt as a failure before its password is checked, in one statement on the account's
     * row, and locks the account when that count calls for it, before the row is released. Concurrent attempts
     * queue on the row, so each sees the ones before it: no more than {@value #FAILURES_PER_LOCK} are let
     * through however many arrive at once. Answers false, counting nothing, while the account is locked (or
     * there is no such account). In a transaction of its own, so the count stays when the caller's rolls back;
     * a right password undoes it ({@link #recordSuccess}, {@link #forgive}).
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean admit(String email) {
        Instant now = clock.instant();
        Optional<PersonRef> person = people.findByEmail(email);
        if (person.isEmpty()) {
            return false;
        }
        List<Map<String, Object>> counted = jdbc.queryForList(
                "update account set failed_login_count = failed_login_count + 1"
                        + " where person_id = ? and (locked_until is null or locked_until <= ?)"
                        + " returning id, failed_login_count",
                person.get().id(),
                Timestamp.from(now));
        if (counted.isEmpty()) {
            return false;
        }
        long accountId = ((Number) counted.get(0).get("id")).longValue();
        int failures = ((Number) counted.get(0).get("failed_login_count")).intValue();
        lockAfter(failures)
                .ifPresent(lock -> jdbc.update(
                        "update account set locked_until = ? where id = ?", Timestamp.from(now.plus(lock)), accountId));
        return true;
    }

    /** The current password was proved (not a login): the count starts again. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void forgive(long accountId) {
        jdbc.update("update account set failed_login_count = 0, locked_until = null where id = ?", accountId);
    }

    @Transactional
    public void recordSuccess(long accountId) {
        accounts.recordLogin(accountId, clock.instant());
    }
}
