package org.upward.pairing.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.springframework.stereotype.Component;
import org.upward.enrollment.PairablePeople.Pairable;

/**
 * Whom the review page's manual form suggests: mentors below their capacity and mentees in no live pair, at most
 * {@link #LIMIT} of each, in the order given (by name). Who is taken is asked of the database for the candidates
 * in hand only, {@link #LIMIT} at a time, until the list is full: a program of thousands of pairs reads the live
 * pairs of the people it may suggest, not all of them.
 */
@Component
class ManualSuggestions {

    /** People each of the manual form's lists suggests at most. */
    static final int LIMIT = 200;

    private final PairRepository pairs;

    ManualSuggestions(PairRepository pairs) {
        this.pairs = pairs;
    }

    List<Pairable> mentorsWithRoom(long programId, List<Pairable> mentors) {
        return suggested(mentors, (emails, batch) -> {
            Map<String, Long> loads = new HashMap<>();
            for (Object[] load : pairs.liveMentorLoads(programId, emails)) {
                loads.put((String) load[0], ((Number) load[1]).longValue());
            }
            return batch.stream()
                    .filter(m -> loads.getOrDefault(m.email(), 0L) < m.capacity())
                    .toList();
        });
    }

    List<Pairable> unpairedMentees(long programId, List<Pairable> mentees) {
        return suggested(mentees, (emails, batch) -> {
            Set<String> paired = new HashSet<>(pairs.livePairedMentees(programId, emails));
            return batch.stream().filter(m -> !paired.contains(m.email())).toList();
        });
    }

    /** The first {@link #LIMIT} of {@code candidates} that {@code free} keeps, asked a batch at a time. */
    private static List<Pairable> suggested(
            List<Pairable> candidates, BiFunction<List<String>, List<Pairable>, List<Pairable>> free) {
        List<Pairable> shown = new ArrayList<>();
        for (int from = 0; from < candidates.size() && shown.size() < LIMIT; from += LIMIT) {
            List<Pairable> batch = candidates.subList(from, Math.min(from + LIMIT, candidates.size()));
            List<String> emails = batch.stream().map(Pairable::email).toList();
            shown.addAll(free.apply(emails, batch));
        }
        return shown.size() > LIMIT ? List.copyOf(shown.subList(0, LIMIT)) : shown;
    }
}
