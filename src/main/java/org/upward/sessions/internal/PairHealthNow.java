package org.upward.sessions.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.upward.pairing.PairAccess;
import org.upward.pairing.PairAccess.PairRef;
import org.upward.pairing.PairHealth;
import org.upward.pairing.PairHealths;
import org.upward.program.ProgramService;
import org.upward.program.ProgramView;

/** The health of a program's ACTIVE pairs on a day, by {@link HealthRules}, and when a warned pair closes. */
@Component
class PairHealthNow implements PairHealths {

    /** An active pair's health; {@code closesOn}: the day it closes, once warned in its current quiet run. */
    record Now(HealthRules.Health health, LocalDate closesOn) {}

    private final PairAccess pairs;
    private final LatestActivity latest;
    private final HealthSteps steps;
    private final ProgramService programs;
    private final Clock clock;

    PairHealthNow(PairAccess pairs, LatestActivity latest, HealthSteps steps, ProgramService programs, Clock clock) {
        this.pairs = pairs;
        this.latest = latest;
        this.steps = steps;
        this.programs = programs;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, PairHealth> of(long programId) {
        return healthOf(programId, pairs.agreedPairs(programId));
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, PairHealth> of(long programId, Collection<Long> pairIds) {
        return pairIds.isEmpty() ? Map.of() : healthOf(programId, pairs.agreedPairs(programId, pairIds));
    }

    private Map<Long, PairHealth> healthOf(long programId, List<PairRef> agreed) {
        ProgramView program = programs.get(programId);
        Map<Long, PairHealth> health = new HashMap<>();
        of(program, agreed, latest.of(agreed.stream().map(PairRef::id).toList()), LocalDate.now(clock))
                .forEach((id, now) -> health.put(id, now.health().health()));
        return health;
    }

    /** An agreed pair as its health needs it: whether it is ACTIVE, and when it was made. */
    record Agreed(long id, boolean active, Instant createdAt) {
        static Agreed of(PairRef pair) {
            return new Agreed(pair.id(), pair.isActive(), pair.createdAt());
        }
    }

    /** The health of those of {@code agreed} that are ACTIVE, by pair id, from their latest activity. */
    Map<Long, Now> of(
            ProgramView program, List<PairRef> agreed, Map<Long, LatestActivity.Latest> latest, LocalDate today) {
        return ofAgreed(program, agreed.stream().map(Agreed::of).toList(), latest, today);
    }

    /** The same for pairs read without their partners. */
    Map<Long, Now> ofAgreed(
            ProgramView program, List<Agreed> agreed, Map<Long, LatestActivity.Latest> latest, LocalDate today) {
        List<Long> active =
                agreed.stream().filter(Agreed::active).map(Agreed::id).toList();
        Map<Long, LocalDate> kept = steps.kept(active);
        Map<Long, HealthSteps.Warning> warnings = steps.warnings(active);
        CadencePeriods periods = PairStatusBoard.periods(program);
        Map<Long, Now> health = new HashMap<>();
        for (Agreed pair : agreed) {
            if (!pair.active()) {
                continue;
            }
            LatestActivity.Latest last = latest.getOrDefault(pair.id(), LatestActivity.Latest.NONE);
            HealthRules.Health now = HealthRules.of(
                    periods,
                    today,
                    last.session(),
                    last.jointCheckInPeriod(),
                    kept.get(pair.id()),
                    LocalDate.ofInstant(pair.createdAt(), clock.getZone()),
                    program.quietPeriodsBeforeClose());
            HealthSteps.Warning warning = warnings.get(pair.id());
            LocalDate closesOn = warning != null
                            && now.health() == PairHealth.CLOSING
                            && warning.runStart().equals(now.runStart())
                    ? HealthRules.closesOn(warning.sentOn())
                    : null;
            health.put(pair.id(), new Now(now, closesOn));
        }
        return health;
    }
}
