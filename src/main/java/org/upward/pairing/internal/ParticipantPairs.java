package org.upward.pairing.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upward.pairing.MyPair;
import org.upward.pairing.MyPairs;
import org.upward.people.People;
import org.upward.people.PersonRef;
import org.upward.program.ProgramService;
import org.upward.program.ProgramView;

/** A participant's own pairs, for their home page. */
@Service
class ParticipantPairs implements MyPairs {

    private final PairRepository pairs;
    private final People people;
    private final ProgramService programs;

    ParticipantPairs(PairRepository pairs, People people, ProgramService programs) {
        this.pairs = pairs;
        this.people = people;
        this.programs = programs;
    }

    @Override
    @Transactional(readOnly = true)
    public List<MyPair> of(String email) {
        long me = people.getByEmail(email).id();
        List<MentoringPair> mine = pairs.findByPartner(me).stream()
                .filter(p -> p.getStatus().isAgreed())
                .toList();
        Set<Long> ids = new HashSet<>();
        mine.forEach(p -> ids.add(p.getMentorId() == me ? p.getMenteeId() : p.getMentorId()));
        Map<Long, PersonRef> partners = people.byIds(ids);
        return mine.stream()
                .map(p -> {
                    boolean mentor = p.getMentorId() == me;
                    PersonRef partner = partners.get(mentor ? p.getMenteeId() : p.getMentorId());
                    ProgramView program = programs.get(p.getProgramId());
                    return new MyPair(
                            p.getId(),
                            p.getProgramId(),
                            program.name(),
                            partner.name(),
                            partner.email(),
                            mentor,
                            p.getStatus(),
                            p.getExplanation(),
                            p.isFlagged() && p.flagRaisedBy(me),
                            p.getStatus().isAgreed() && PairingService.isPairable(program.status()));
                })
                .toList();
    }
}
