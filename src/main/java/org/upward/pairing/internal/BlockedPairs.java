package org.upward.pairing.internal;

import java.util.HashSet;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.upward.pairing.engine.PairKey;

/** Pairs the admin ruled out (by rejecting them): never proposed again in that program. */
@Component
class BlockedPairs {

    private final JdbcTemplate jdbc;

    BlockedPairs(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void block(long programId, long mentorId, long menteeId) {
        jdbc.update(
                "insert into blocked_pair (program_id, mentor_id, mentee_id) values (?, ?, ?) on conflict do nothing",
                programId,
                mentorId,
                menteeId);
    }

    Set<PairKey> of(long programId) {
        Set<PairKey> blocked = new HashSet<>();
        jdbc.query(
                "select mentor_id, mentee_id from blocked_pair where program_id = ?",
                row -> {
                    blocked.add(new PairKey(row.getLong(1), row.getLong(2)));
                },
                programId);
        return blocked;
    }
}
