package org.upward.sessions.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upward.pairing.PairAccess.PairRef;
import org.upward.people.People;
import org.upward.program.ProgramService;
import org.upward.program.ProgramView;
import org.upward.security.UpwardUser;
import org.upward.sessions.CheckInRequest;
import org.upward.sessions.CheckInService;

/** Each partner's pulse, at most one per cadence period: answering again in the same period changes it. */
@Service
class CheckIns implements CheckInService {

    /** The check-in and whether this call created it. */
    public record Answered(CheckInView checkIn, boolean created) {}

    private final CheckInRepository checkIns;
    private final PairGuard guard;
    private final ProgramService programs;
    private final Clock clock;

    CheckIns(CheckInRepository checkIns, PairGuard guard, ProgramService programs, Clock clock) {
        this.checkIns = checkIns;
        this.guard = guard;
        this.programs = programs;
        this.clock = clock;
    }

    @Transactional
    public Answered answer(long pairId, CheckInRequest request, UpwardUser by) {
        return answerOn(pairId, request, by, LocalDate.now(clock));
    }

    /** The check-in as if answered on {@code today}, for its period: demo data and imports of past programs. */
    @Transactional
    public Answered answerOn(long pairId, CheckInRequest request, UpwardUser by, LocalDate today) {
        PairRef pair = guard.partner(pairId, by);
        CadencePeriods periods = periods(pair.programId());
        int period = periods.indexOf(today);
        long personId = PairGuard.personId(pair, by.email());
        var existing = checkIns.findByPairIdAndPersonIdAndPeriodIndex(pairId, personId, period);
        CheckIn checkIn = existing.orElseGet(() -> new CheckIn(pairId, personId, period, clock.instant()));
        checkIn.answer(request, today, clock.instant());
        checkIns.saveAndFlush(checkIn);
        return new Answered(checkIn.view(People.normalizeEmail(by.email()), periods), existing.isEmpty());
    }

    /** The caller's check-in for the current period, if they gave one. */
    @Transactional(readOnly = true)
    public Optional<CheckInView> current(long pairId, UpwardUser by) {
        PairRef pair = guard.readable(pairId, by);
        if (!pair.isPartner(by.email())) {
            return Optional.empty();
        }
        CadencePeriods periods = periods(pair.programId());
        return checkIns.findByPairIdAndPersonIdAndPeriodIndex(
                        pairId, PairGuard.personId(pair, by.email()), periods.indexOf(LocalDate.now(clock)))
                .map(c -> c.view(People.normalizeEmail(by.email()), periods));
    }

    CadencePeriods periods(long programId) {
        ProgramView program = programs.get(programId);
        return new CadencePeriods(program.startDate(), program.checkInCadenceWeeks());
    }

    @Override
    @Transactional
    public void recordOn(long pairId, CheckInRequest request, UpwardUser by, LocalDate today) {
        answerOn(pairId, request, by, today);
    }
}
