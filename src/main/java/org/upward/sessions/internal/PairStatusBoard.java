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
import org.upward.pairing.PairHealth;
import org.upward.pairing.PairStatus;
import org.upward.program.ProgramService;
import org.upward.program.ProgramView;
import org.upward.sessions.ActivityStatus;
import org.upward.sessions.StatusBoard;
import org.upward.sessions.internal.BoardStandings.Standing;
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
            ActivityStatus status,
            PairHealth health,
            LocalDate closesOn) {

        /** Whether an admin may keep the pair: it is at risk or closing. */
        public boolean keepable() {
            return health == PairHealth.AT_RISK || health == PairHealth.CLOSING;
        }
    }

    /**
     * The rows shown (one page of all pairs or of one status) and how many pairs have each status; {@code open}:
     * whether the pairs may still act (the program is not over), so the board offers swaps and lunch &amp; learns.
     */
    public record Board(
            ProgramView program,
            ListPage<Row> rows,
            Map<ActivityStatus, Long> counts,
            Map<PairHealth, Long> healthCounts,
            boolean open) {}

    private final PairAccess pairs;
    private final BoardStandings standings;
    private final LatestActivity latest;
    private final PairHealthNow health;
    private final ProgramService programs;
    private final Clock clock;

    PairStatusBoard(
            PairAccess pairs,
            BoardStandings standings,
            LatestActivity latest,
            PairHealthNow health,
            ProgramService programs,
            Clock clock) {
        this.pairs = pairs;
        this.standings = standings;
        this.latest = latest;
        this.health = health;
        this.programs = programs;
        this.clock = clock;
    }

    /**
     * An agreed pair's last session and check-in, and its status on a given day; {@code health}: null unless ACTIVE.
     */
    record PairActivity(
            PairRef pair,
            LocalDate lastSession,
            LocalDate lastCheckIn,
            ActivityStatus status,
            PairHealthNow.Now health) {}

    /**
     * One page of the agreed pairs, of those with {@code only} or {@code onlyHealth} when not null. Every pair's
     * status and health are worked out (the counts and the filters need them), but only the shown page's
     * partners are read.
     */
    @Transactional(readOnly = true)
    public Board board(long programId, ActivityStatus only, PairHealth onlyHealth, int page) {
        ProgramView program = programs.get(programId);
        List<Standing> all = standings.of(program, day(program));
        Map<ActivityStatus, Long> counts = new EnumMap<>(ActivityStatus.class);
        for (ActivityStatus status : ActivityStatus.values()) {
            counts.put(status, all.stream().filter(r -> r.status() == status).count());
        }
        Map<PairHealth, Long> healthCounts = new EnumMap<>(PairHealth.class);
        for (PairHealth health : PairHealth.values()) {
            healthCounts.put(
                    health, all.stream().filter(r -> r.health() == health).count());
        }
        ListPage<Standing> shown = ListPage.of(
                all.stream()
                        .filter(r -> only == null || r.status() == only)
                        .filter(r -> onlyHealth == null || r.health() == onlyHealth)
                        .toList(),
                page,
                ListPage.DEFAULT_SIZE);
        return new Board(
                program,
                new ListPage<>(standings.named(programId, shown.rows()), shown.page(), shown.size(), shown.total()),
                counts,
                healthCounts,
                !program.status().isOver());
    }

    /** All the agreed pairs' rows, or those with {@code only} or {@code onlyHealth} when not null. */
    @Transactional(readOnly = true)
    public List<Row> rows(long programId, ActivityStatus only, PairHealth onlyHealth) {
        return only(rows(programs.get(programId)), only, onlyHealth);
    }

    private static List<Row> only(List<Row> rows, ActivityStatus only, PairHealth onlyHealth) {
        return rows.stream()
                .filter(r -> only == null || r.status() == only)
                .filter(r -> onlyHealth == null || r.health() == onlyHealth)
                .toList();
    }

    private List<Row> rows(ProgramView program) {
        return activity(program, day(program)).stream()
                .map(a -> new Row(
                        a.pair().id(),
                        a.pair().mentor().name(),
                        a.pair().mentee().name(),
                        a.pair().status(),
                        a.lastSession(),
                        a.lastCheckIn(),
                        a.status(),
                        a.health() == null ? null : a.health().health().health(),
                        a.health() == null ? null : a.health().closesOn()))
                .toList();
    }

    /** Today, or for a program that is over, its last day at the latest: the board then shows its final state. */
    private LocalDate day(ProgramView program) {
        LocalDate today = LocalDate.now(clock);
        return program.status().isOver() && program.endDate().isBefore(today) ? program.endDate() : today;
    }

    /** How many of the program's agreed pairs have {@code status} today, without building the board's rows. */
    @Transactional(readOnly = true)
    public long count(ProgramView program, ActivityStatus status) {
        return activity(program, day(program), false).stream()
                .filter(a -> a.status() == status)
                .count();
    }

    /** The program's agreed pairs as they stand on {@code today}, by {@link ActivityRules} and {@link HealthRules}. */
    @Transactional(readOnly = true)
    List<PairActivity> activity(ProgramView program, LocalDate today) {
        return activity(program, today, true);
    }

    private List<PairActivity> activity(ProgramView program, LocalDate today, boolean withHealth) {
        CadencePeriods periods = periods(program);
        List<PairRef> agreed = pairs.agreedPairs(program.id());
        Map<Long, LatestActivity.Latest> latest =
                this.latest.of(agreed.stream().map(PairRef::id).toList());
        Map<Long, PairHealthNow.Now> health = withHealth ? this.health.of(program, agreed, latest, today) : Map.of();
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
                                    LocalDate.ofInstant(p.createdAt(), clock.getZone())),
                            health.get(p.id()));
                })
                .toList();
    }

    static CadencePeriods periods(ProgramView program) {
        return new CadencePeriods(program.startDate(), program.checkInCadenceWeeks());
    }
}
