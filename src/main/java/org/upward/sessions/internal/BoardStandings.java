package org.upward.sessions.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.upward.pairing.PairAccess;
import org.upward.pairing.PairAccess.PairRef;
import org.upward.pairing.PairHealth;
import org.upward.pairing.PairStatus;
import org.upward.program.ProgramView;
import org.upward.sessions.ActivityStatus;
import org.upward.shared.ChangeCounts;
import org.upward.shared.KeptUntilChanged;

/**
 * Where each of a program's agreed pairs stands on a day, by {@link ActivityRules} and {@link HealthRules}, read
 * with its latest activity ({@code pair_activity}, V16) in one statement and without the partners: what the
 * status board needs of every pair to count and filter them, before it names the partners of the page it shows.
 * Kept per program while nothing it reads has changed (the program, the day, and the database's counts of
 * changes to the pairs, their activity, keeps and warnings: V48, V51), so a board viewed again reads no pair.
 */
@Component
class BoardStandings {

    /** An agreed pair's standing; {@code health} and {@code closesOn} are null unless it is ACTIVE (and warned). */
    record Standing(
            long pairId,
            PairStatus pairStatus,
            LocalDate lastSession,
            LocalDate lastCheckIn,
            ActivityStatus status,
            PairHealth health,
            LocalDate closesOn) {}

    private record Read(PairHealthNow.Agreed pair, PairStatus status, LatestActivity.Latest latest) {}

    private static final String SQL =
            """
            select p.id, p.status, p.created_at, a.last_held, a.last_check_in, a.last_joint_period
            from mentoring_pair p left join pair_activity a on a.pair_id = p.id
            where p.program_id = ? and p.status in ('APPROVED', 'ACTIVE')
            order by p.id
            """;

    /** What a program's standings were computed under. */
    private record Key(ProgramView program, LocalDate day, List<Long> changes) {}

    /** A program's standings are one row per agreed pair, so fewer programs are kept than views of them. */
    private final KeptUntilChanged<Long, List<Standing>> kept = new KeptUntilChanged<>(100);

    private final ChangeCounts counts;
    private final JdbcTemplate jdbc;
    private final PairAccess pairs;
    private final PairHealthNow health;
    private final Clock clock;

    BoardStandings(JdbcTemplate jdbc, ChangeCounts counts, PairAccess pairs, PairHealthNow health, Clock clock) {
        this.counts = counts;
        this.jdbc = jdbc;
        this.pairs = pairs;
        this.health = health;
        this.clock = clock;
    }

    /** The program's agreed pairs, oldest first, as they stand on {@code day}. */
    List<Standing> of(ProgramView program, LocalDate day) {
        Optional<List<Long>> changes = counts.of(program.id(), "pairs", "activity");
        return changes.isEmpty()
                ? read(program, day)
                : kept.get(program.id(), new Key(program, day, changes.get()), () -> read(program, day));
    }

    private List<Standing> read(ProgramView program, LocalDate day) {
        List<Read> read = jdbc.query(SQL, (rs, row) -> read(rs), program.id());
        Map<Long, PairHealthNow.Now> healths = health.ofAgreed(
                program,
                read.stream().map(Read::pair).toList(),
                read.stream().collect(Collectors.toMap(r -> r.pair().id(), Read::latest)),
                day);
        CadencePeriods periods = PairStatusBoard.periods(program);
        return read.stream()
                .map(r -> {
                    PairHealthNow.Now now = healths.get(r.pair().id());
                    return new Standing(
                            r.pair().id(),
                            r.status(),
                            r.latest().session(),
                            r.latest().checkIn(),
                            ActivityRules.status(
                                    periods,
                                    day,
                                    r.latest().session(),
                                    r.latest().jointCheckInPeriod(),
                                    LocalDate.ofInstant(r.pair().createdAt(), clock.getZone())),
                            now == null ? null : now.health().health(),
                            now == null ? null : now.closesOn());
                })
                .toList();
    }

    /** The board's rows of {@code shown}, with the partners' names, read for these pairs only. */
    List<PairStatusBoard.Row> named(long programId, List<Standing> shown) {
        List<Long> ids = shown.stream().map(Standing::pairId).toList();
        Map<Long, PairRef> partners =
                pairs.agreedPairs(programId, ids).stream().collect(Collectors.toMap(PairRef::id, Function.identity()));
        return shown.stream()
                .filter(s -> partners.containsKey(s.pairId()))
                .map(s -> new PairStatusBoard.Row(
                        s.pairId(),
                        partners.get(s.pairId()).mentor().name(),
                        partners.get(s.pairId()).mentee().name(),
                        s.pairStatus(),
                        s.lastSession(),
                        s.lastCheckIn(),
                        s.status(),
                        s.health(),
                        s.closesOn()))
                .toList();
    }

    private static Read read(ResultSet rs) throws SQLException {
        PairStatus status = PairStatus.valueOf(rs.getString("status"));
        return new Read(
                new PairHealthNow.Agreed(
                        rs.getLong("id"),
                        status == PairStatus.ACTIVE,
                        rs.getTimestamp("created_at").toInstant()),
                status,
                new LatestActivity.Latest(date(rs.getDate("last_held")), date(rs.getDate("last_check_in")), (Integer)
                        rs.getObject("last_joint_period")));
    }

    private static LocalDate date(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
