package org.upward.agreement.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upward.agreement.AgreementCoverage;
import org.upward.pairing.ActivePair;
import org.upward.pairing.ProgramPairs;

/** Where each active pair of a program stands with its agreement, oldest overdue first. */
@Service
class AgreementStandings implements AgreementCoverage {

    private final ProgramPairs pairs;
    private final PairAgreementRepository agreements;
    private final Clock clock;

    AgreementStandings(ProgramPairs pairs, PairAgreementRepository agreements, Clock clock) {
        this.pairs = pairs;
        this.agreements = agreements;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Coverage of(long programId) {
        List<Standing> all = standings(programId);
        int confirmed = (int) all.stream().filter(Standing::confirmed).count();
        int overdue = (int) all.stream().filter(Standing::overdue).count();
        return new Coverage(all.size(), confirmed, overdue);
    }

    /** Every active pair of the program: overdue first (longest active first), then the rest by pair. */
    @Transactional(readOnly = true)
    List<Standing> standings(long programId) {
        List<ActivePair> active = pairs.active(programId);
        List<Long> ids = active.stream().map(ActivePair::pairId).toList();
        Map<Long, PairAgreement> byPair = agreements.findByPairIdIn(ids).stream()
                .collect(Collectors.toMap(PairAgreement::getPairId, Function.identity()));
        Map<Long, Integer> goals = new HashMap<>();
        agreements.goalCounts(ids).forEach(row -> goals.put((Long) row[0], ((Number) row[1]).intValue()));
        Instant due = Instant.now(clock).minus(Duration.ofDays(DAYS_TO_AGREE));
        return active.stream()
                .map(pair -> Standing.of(pair, byPair.get(pair.pairId()), goals.getOrDefault(pair.pairId(), 0), due))
                .sorted(Comparator.comparing(Standing::overdue)
                        .reversed()
                        .thenComparing(Standing::activeSince, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(Standing::pairId))
                .toList();
    }

    /**
     * One active pair and its agreement: its text (null when none is saved yet), who confirmed it, how many
     * goals it has, and whether it is late.
     */
    record Standing(ActivePair pair, String text, List<Long> confirmedBy, int goals, boolean overdue) {

        static Standing of(ActivePair pair, PairAgreement agreement, int goals, Instant due) {
            List<Long> confirmedBy = agreement == null ? List.of() : agreement.getConfirmedBy();
            boolean confirmed = confirmedBy.contains(pair.mentorId()) && confirmedBy.contains(pair.menteeId());
            boolean late = !confirmed
                    && pair.activatedAt() != null
                    && !pair.activatedAt().isAfter(due);
            return new Standing(pair, agreement == null ? null : agreement.getText(), confirmedBy, goals, late);
        }

        boolean written() {
            return text != null;
        }

        boolean confirmed() {
            return confirmedBy.contains(pair.mentorId()) && confirmedBy.contains(pair.menteeId());
        }

        long pairId() {
            return pair.pairId();
        }

        Instant activeSince() {
            return pair.activatedAt();
        }
    }
}
