package org.upward.wrapup.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.upward.pairing.PairAccess;
import org.upward.pairing.PairAccess.PairRef;
import org.upward.people.People;
import org.upward.program.ProgramService;
import org.upward.security.UpwardUser;
import org.upward.wrapup.OpenWrapUps;

/** The caller's wrap-ups still open: a handful at most, one per pair that ended, each named through the faces. */
@Component
class OpenWrapUpList implements OpenWrapUps {

    private final WrapUpRows rows;
    private final People people;
    private final PairAccess pairs;
    private final ProgramService programs;
    private final Clock clock;

    OpenWrapUpList(WrapUpRows rows, People people, PairAccess pairs, ProgramService programs, Clock clock) {
        this.rows = rows;
        this.people = people;
        this.pairs = pairs;
        this.programs = programs;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<OpenWrapUp> of(UpwardUser me) {
        return people.findByEmail(me.email())
                .map(person -> rows.openFor(person.id(), clock.instant().minus(WrapUpService.EDITABLE_FOR)).stream()
                        .map(row -> open(row, me))
                        .toList())
                .orElse(List.of());
    }

    private OpenWrapUp open(WrapUpRows.Row row, UpwardUser me) {
        PairRef pair = pairs.get(row.pairId());
        Instant closes = row.dueAt().plus(WrapUpService.EDITABLE_FOR);
        return new OpenWrapUp(
                pair.id(),
                pair.partnerOf(me.email()).name(),
                programs.get(pair.programId()).name(),
                closes.atZone(ZoneOffset.UTC).toLocalDate(),
                row.answered(),
                "/participant/pairs/" + pair.id() + "/wrap-up");
    }
}
