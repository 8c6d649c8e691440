package org.upward.sessions.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upward.pairing.MyPair;
import org.upward.pairing.MyPairs;
import org.upward.pairing.PairStatus;
import org.upward.people.People;
import org.upward.program.ProgramService;
import org.upward.program.ProgramStatus;
import org.upward.program.ProgramView;
import org.upward.security.UpwardUser;
import org.upward.sessions.CheckInDue;
import org.upward.sessions.CheckInsDue;

/** The check-ins a participant still owes this period: their active pairs of running programs. */
@Service
class DueCheckIns implements CheckInsDue {

    private final MyPairs myPairs;
    private final CheckInRepository checkIns;
    private final ProgramService programs;
    private final People people;
    private final Clock clock;

    DueCheckIns(MyPairs myPairs, CheckInRepository checkIns, ProgramService programs, People people, Clock clock) {
        this.myPairs = myPairs;
        this.checkIns = checkIns;
        this.programs = programs;
        this.people = people;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<CheckInDue> of(UpwardUser me) {
        LocalDate today = LocalDate.now(clock);
        List<CheckInDue> due = new ArrayList<>();
        for (MyPair pair : myPairs.of(me.email())) {
            if (pair.status() != PairStatus.ACTIVE) {
                continue;
            }
            ProgramView program = programs.get(pair.programId());
            if (program.status() != ProgramStatus.RUNNING
                    || today.isBefore(program.startDate())
                    || today.isAfter(program.endDate())) {
                continue;
            }
            CadencePeriods periods = new CadencePeriods(program.startDate(), program.checkInCadenceWeeks());
            int current = periods.indexOf(today);
            long personId = people.getByEmail(me.email()).id();
            if (checkIns.findByPairIdAndPersonIdAndPeriodIndex(pair.pairId(), personId, current)
                    .isEmpty()) {
                due.add(new CheckInDue(pair.pairId(), program.name(), pair.partnerName(), periods.lastDay(current)));
            }
        }
        return due;
    }
}
