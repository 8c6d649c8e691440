package org.upward.pairing;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upward.people.Person;
import org.upward.people.PersonRefs;
import org.upward.people.PersonRefs.PersonRef;

/** Read-only facts about pairs for features that work with a pair after pairing (sessions, check-ins). */
@Service
public class PairAccess {

    /** A pair with both partners named, and when it was made. */
    public record PairRef(
            long id, long programId, PersonRef mentor, PersonRef mentee, PairStatus status, Instant createdAt) {

        public boolean isPartner(String email) {
            String normalized = Person.normalizeEmail(email);
            return mentor.email().equals(normalized) || mentee.email().equals(normalized);
        }

        public boolean isActive() {
            return status == PairStatus.ACTIVE;
        }

        public boolean isAgreed() {
            return status.isAgreed();
        }

        /** The other partner of {@code email}, who must be one of the two. */
        public PersonRef partnerOf(String email) {
            return mentor.email().equals(Person.normalizeEmail(email)) ? mentee : mentor;
        }
    }

    private final PairRepository pairs;
    private final PersonRefs people;
    private final EntityManager entities;

    PairAccess(PairRepository pairs, PersonRefs people, EntityManager entities) {
        this.pairs = pairs;
        this.people = people;
        this.entities = entities;
    }

    /** The pair, or a 404 when there is none with that id. */
    @Transactional(readOnly = true)
    public PairRef get(long pairId) {
        MentoringPair pair = pairs.findById(pairId).orElseThrow(() -> new PairNotFoundException(pairId));
        return refs(List.of(pair)).get(0);
    }

    /** The program's approved and active pairs, oldest first. */
    @Transactional(readOnly = true)
    public List<PairRef> agreedPairs(long programId) {
        return refs(pairs.findByProgramIdAndStatusIn(programId, Set.of(PairStatus.APPROVED, PairStatus.ACTIVE)).stream()
                .sorted((a, b) -> Long.compare(a.getId(), b.getId()))
                .toList());
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
