package org.upward.sessions.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upward.pairing.PairAccess;
import org.upward.pairing.PairAccess.PairRef;
import org.upward.pairing.PairStatus;
import org.upward.program.ProgramService;
import org.upward.program.ProgramView;
import org.upward.sessions.ActivityStatus;
import org.upward.sessions.StatusBoard;
import org.upward.shared.ListPage;

/** The admin's at-a-glance view of a program's agreed pairs: who meets, who is due, who went quiet. */
@Service
class PairStatusBoard implements StatusBoard {

    /** One agreed pair on the board. */
    public record Row(
            long pairId,
            String mentorName,
            String menteeName,
            PairStatus pairStatus,
            LocalDate lastSession,
            LocalDate lastCheckIn,
            ActivityStatus status) {}

    /**
     * The rows shown (one page of all pairs or of one status) and how many pairs have each status; {@code open}:
     * whether the pairs may still act (the program is not over), so the board offers swaps and lunch &amp; learns.
     */
    public record Board(ProgramView program, ListPage<Row> rows, Map<ActivityStatus, Long> counts, boolean open) {}

    private final PairAccess pairs;
    private final LatestActivity latest;
    private final ProgramService programs;
    private final Clock clock;

    PairStatusBoard(PairAccess pairs, LatestActivity latest, ProgramService programs, Clock clock) {
        this.pairs = pairs;
        this.latest = latest;
        this.programs = programs;
        this.clock = clock;
    }

    /** An agreed pair's last session and check-in, and its status on a given day. */
    record PairActivity(PairRef pair, LocalDate lastSession, LocalDate lastCheckIn, ActivityStatus status) {}

    /** One page of the agreed pairs, or of those with {@code only} when it is not null. */
    @Transactional(readOnly = true)
    public Board board(long programId, ActivityStatus only, int page) {
        ProgramView program = programs.get(programId);
        List<Row> rows = activity(program, day(program)).stream()
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
        return new Board(
                program,
                ListPage.of(shown, page, ListPage.DEFAULT_SIZE),
                counts,
                !program.status().isOver());
    }

    /** Today, or for a program that is over, its last day at the latest: the board then shows its final state. */
    private LocalDate day(ProgramView program) {
        LocalDate today = LocalDate.now(clock);
        return program.status().isOver() && program.endDate().isBefore(today) ? program.endDate() : today;
    }

    /** How many of the program's agreed pairs have {@code status} today, without building the board's rows. */
    @Transactional(readOnly = true)
    public long count(ProgramView program, ActivityStatus status) {
        return activity(program, day(program)).stream()
                .filter(a -> a.status() == status)
                .count();
    }

    /** The program's agreed pairs as they stand on {@code today}, by {@link ActivityRules}. */
    @Transactional(readOnly = true)
    List<PairActivity> activity(ProgramView program, LocalDate today) {
        CadencePeriods periods = periods(program);
        List<PairRef> agreed = pairs.agreedPairs(program.id());
        Map<Long, LatestActivity.Latest> latest =
                this.latest.of(agreed.stream().map(PairRef::id).toList());
        return agreed.stream()
                .map(p -> {
                    LatestActivity.Latest last = latest.getOrDefault(p.id(), LatestActivity.Latest.NONE);
                    return new PairActivity(
                            p,
                            last.session(),
                            last.checkIn(),
                            ActivityRules.status(
                                    periods,
                                    today,
                                    last.session(),
                                    last.jointCheckInPeriod(),
                                    LocalDate.ofInstant(p.createdAt(), clock.getZone())));
                })
                .toList();
    }

    static CadencePeriods periods(ProgramView program) {
        return new CadencePeriods(program.startDate(), program.checkInCadenceWeeks());
    }
}
