package org.upward.sessions;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upward.pairing.PairAccess;
import org.upward.pairing.PairAccess.PairRef;
import org.upward.pairing.PairStatus;
import org.upward.program.ProgramService;
import org.upward.program.ProgramView;

/** The admin's at-a-glance view of a program's agreed pairs: who meets, who is due, who went quiet. */
@Service
public class StatusBoard {

    /** One agreed pair on the board. */
    public record Row(
            long pairId,
            String mentorName,
            String menteeName,
            PairStatus pairStatus,
            LocalDate lastSession,
            LocalDate lastCheckIn,
            ActivityStatus status) {}

    /** The rows shown (all or one status) and how many pairs have each status. */
    public record Board(ProgramView program, List<Row> rows, Map<ActivityStatus, Long> counts) {}

    private final PairAccess pairs;
    private final SessionLogRepository sessions;
    private final CheckInRepository checkIns;
    private final ProgramService programs;
    private final Clock clock;

    StatusBoard(
            PairAccess pairs,
            SessionLogRepository sessions,
            CheckInRepository checkIns,
            ProgramService programs,
            Clock clock) {
        this.pairs = pairs;
        this.sessions = sessions;
        this.checkIns = checkIns;
        this.programs = programs;
        this.clock = clock;
    }

    /** An agreed pair's last session and check-in, and its status on a given day. */
    record PairActivity(PairRef pair, LocalDate lastSession, LocalDate lastCheckIn, ActivityStatus status) {}

    /** Every agreed pair, or only those with {@code only} when it is not null. */
    @Transactional(readOnly = true)
    public Board board(long programId, ActivityStatus only) {
        ProgramView program = programs.get(programId);
        List<Row> rows = activity(program, LocalDate.now(clock)).stream()
                .map(a -> new Row(
                        a.pair().id(),
                        a.pair().mentor().name(),
                        a.pair().mentee().name(),
                        a.pair().status(),
                        a.lastSession(),
                        a.lastCheckIn(),
                        a.status()))
                .toList();
        Map<ActivityStatus, Long> counts = new EnumMap<>(ActivityStatus.class);
        for (ActivityStatus status : ActivityStatus.values()) {
            counts.put(status, rows.stream().filter(r -> r.status() == status).count());
        }
        List<Row> shown = only == null
                ? rows
                : rows.stream().filter(r -> r.status() == only).toList();
        return new Board(program, shown, counts);
    }

    /** The program's agreed pairs as they stand on {@code today}, by {@link ActivityRules}. */
    @Transactional(readOnly = true)
    List<PairActivity> activity(ProgramView program, LocalDate today) {
        CadencePeriods periods = periods(program);
        List<PairRef> agreed = pairs.agreedPairs(program.id());
        List<Long> ids = agreed.stream().map(PairRef::id).toList();
        Map<Long, LocalDate> lastSessions = ids.isEmpty() ? Map.of() : dates(sessions.lastSessionDates(ids));
        Map<Long, LocalDate> lastCheckIns = ids.isEmpty() ? Map.of() : dates(checkIns.lastCheckInDates(ids));
        Map<Long, Integer> jointCheckIns = new HashMap<>();
        if (!ids.isEmpty()) {
            checkIns.lastJointCheckInPeriods(ids)
                    .forEach(row -> jointCheckIns.put(((Number) row[0]).longValue(), ((Number) row[1]).intValue()));
        }
        return agreed.stream()
                .map(p -> new PairActivity(
                        p,
                        lastSessions.get(p.id()),
                        lastCheckIns.get(p.id()),
                        ActivityRules.status(
                                periods,
                                today,
                                lastSessions.get(p.id()),
                                jointCheckIns.get(p.id()),
                                LocalDate.ofInstant(p.createdAt(), clock.getZone()))))
                .toList();
    }

    static CadencePeriods periods(ProgramView program) {
        return new CadencePeriods(program.startDate(), program.checkInCadenceWeeks());
    }

    private static Map<Long, LocalDate> dates(List<Object[]> rows) {
        Map<Long, LocalDate> dates = new HashMap<>();
        rows.forEach(row -> dates.put((Long) row[0], (LocalDate) row[1]));
        return dates;
    }
}
