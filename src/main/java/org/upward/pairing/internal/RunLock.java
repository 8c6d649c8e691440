package org.upward.pairing.internal;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.upward.shared.ConflictException;
import org.upward.shared.UiText;

/**
 * One stored pairing run per program at a time, across every instance: a PostgreSQL advisory lock held
 * until the run's transaction ends. A second run meanwhile is refused rather than queued.
 */
@Component
class RunLock {

    /** The high half of the lock key names this use, so other advisory locks can never collide with it. */
    private static final long NAMESPACE = 0x5041_4952L << 32;

    private final JdbcTemplate jdbc;

    RunLock(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void acquire(long programId) {
        Boolean locked = jdbc.queryForObject("select pg_try_advisory_xact_lock(?)", Boolean.class, key(programId));
        if (!Boolean.TRUE.equals(locked)) {
            throw new ConflictException(
                    UiText.of("pairing.conflict.pairingAlreadyRunning"),
                    UiText.of("pairing.error.pairingRunInProgressTryAgain"));
        }
    }

    /**
     * Whether some run of this program holds the lock right now, on any instance. A run whose instance
     * died holds nothing: PostgreSQL ends the dead connection's transaction and frees its locks.
     */
    boolean held(long programId) {
        long key = key(programId);
        // a bigint advisory key shows in pg_locks as classid (high half), objid (low half), objsubid 1
        Boolean held = jdbc.queryForObject(
                """
                select exists (select 1 from pg_locks
                                where locktype = 'advisory' and granted and objsubid = 1
                                  and classid::bigint = ? and objid::bigint = ?)
                """,
                Boolean.class,
                key >>> 32,
                key & 0xFFFF_FFFFL);
        return Boolean.TRUE.equals(held);
    }

    static long key(long programId) {
        return NAMESPACE | (programId & 0xFFFF_FFFFL);
    }
}
