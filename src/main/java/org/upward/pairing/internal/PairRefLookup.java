package org.upward.pairing.internal;

import jakarta.persistence.EntityManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upward.pairing.PairAccess;
import org.upward.pairing.PairAccess.PairRef;
import org.upward.pairing.PairStatus;
import org.upward.people.People;
import org.upward.people.PersonRef;
import org.upward.shared.ReadOncePerRequest;

/** Reads pairs for other modules as {@link PairRef}s: both partners named, and when the pair was made. */
@Service
class PairRefLookup implements PairAccess {

    private final PairRepository pairs;
    private final People people;
    private final EntityManager entities;
    private final JdbcTemplate jdbc;

    PairRefLookup(PairRepository pairs, People people, EntityManager entities, JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.pairs = pairs;
        this.people = people;
        this.entities = entities;
    }

    /** The pair, or a 404 when there is none with that id. */
    @Override
    @Transactional(readOnly = true)
    public PairRef get(long pairId) {
        return ReadOncePerRequest.get("pair:" + pairId, () -> {
            MentoringPair pair = pairs.findById(pairId).orElseThrow(() -> new PairNotFoundException(pairId));
            return refs(List.of(pair)).get(0);
        });
    }

    /** The program's approved and active pairs, oldest first, in one statement however many there are. */
    @Override
    @Transactional(readOnly = true)
    public List<PairRef> agreedPairs(long programId) {
        return jdbc.query(AGREED, PairRefLookup::agreed, programId);
    }

    /** The same for a page of pairs only, so a page showing 50 pairs reads 50. */
    @Override
    @Transactional(readOnly = true)
    public List<PairRef> agreedPairs(long programId, Collection<Long> pairIds) {
        if (pairIds.isEmpty()) {
            return List.of();
        }
        return jdbc.query(
                AGREED.replace("order by p.id", "and p.id = any (?) order by p.id"),
                PairRefLookup::agreed,
                programId,
                pairIds.toArray(Long[]::new));
    }

    private static final String AGREED =
            """
            select p.id, p.program_id, p.status, p.created_at, m.id as mentor_id, m.email as mentor_email,
                   m.name as mentor_name, m.department as mentor_department, e.id as mentee_id,
                   e.email as mentee_email, e.name as mentee_name, e.department as mentee_department
            from mentoring_pair p
            join person m on m.id = p.mentor_id
            join person e on e.id = p.mentee_id
            where p.program_id = ? and p.status in ('APPROVED', 'ACTIVE')
            order by p.id
            """;

    private static PairRef agreed(ResultSet rs, int row) throws SQLException {
        return new PairRef(
                rs.getLong("id"),
                rs.getLong("program_id"),
                new PersonRef(
                        rs.getLong("mentor_id"),
                        rs.getString("mentor_email"),
                        rs.getString("mentor_name"),
                        rs.getString("mentor_department")),
                new PersonRef(
                        rs.getLong("mentee_id"),
                        rs.getString("mentee_email"),
                        rs.getString("mentee_name"),
                        rs.getString("mentee_department")),
                PairStatus.valueOf(rs.getString("status")),
                rs.getTimestamp("created_at").toInstant());
    }

    private List<PairRef> refs(List<MentoringPair> list) {
        Set<Long> ids = new HashSet<>();
        list.forEach(p -> {
            ids.add(p.getMentorId());
            ids.add(p.getMenteeId());
        });
        Map<Long, PersonRef> byId = people.byIds(ids);
        Map<Long, Instant> created =
                createdAt(list.stream().map(MentoringPair::getId).toList());
        return list.stream()
                .map(p -> new PairRef(
                        p.getId(),
                        p.getProgramId(),
                        byId.get(p.getMentorId()),
                        byId.get(p.getMenteeId()),
                        p.getStatus(),
                        created.get(p.getId())))
                .toList();
    }

    private Map<Long, Instant> createdAt(List<Long> pairIds) {
        Map<Long, Instant> created = new HashMap<>();
        if (!pairIds.isEmpty()) {
            entities.createQuery("select p.id, p.createdAt from MentoringPair p where p.id in :ids", Object[].class)
                    .setParameter("ids", pairIds)
                    .getResultList()
                    .forEach(row -> created.put((Long) row[0], (Instant) row[1]));
        }
        return created;
    }
}
