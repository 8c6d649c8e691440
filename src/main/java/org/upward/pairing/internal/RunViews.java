package org.upward.pairing.internal;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.upward.enrollment.PairingProfile;
import org.upward.pairing.PairStatus;
import org.upward.pairing.engine.PairingResult;
import org.upward.pairing.engine.Unmatched;

/** A run's result as the API shows it, as the database keeps its unmatched, and how far it moves the proposal. */
final class RunViews {

    private RunViews() {}

    static int changedPairs(List<MentoringPair> current, PairingResult result) {
        Set<String> proposed = current.stream()
                .filter(p -> p.getStatus() == PairStatus.PROPOSED)
                .map(p -> p.getMentorId() + ":" + p.getMenteeId())
                .collect(Collectors.toSet());
        Set<String> next = result.pairs().stream()
                .map(p -> p.mentorId() + ":" + p.menteeId())
                .collect(Collectors.toSet());
        Set<String> gone = new HashSet<>(proposed);
        gone.removeAll(next);
        Set<String> added = new HashSet<>(next);
        added.removeAll(proposed);
        return Math.max(gone.size(), added.size());
    }

    static List<Map<String, Object>> unmatchedJson(PairingResult result) {
        return result.unmatched().stream()
                .map(u -> {
                    Map<String, Object> json = new LinkedHashMap<>();
                    json.put("personId", u.personId());
                    json.put("side", u.side().name());
                    json.put("reason", u.reason().name());
                    json.put("explanation", u.explanation());
                    return json;
                })
                .toList();
    }

    /** The person id of one of a stored run's unmatched, as {@link #unmatchedJson} keeps it. */
    static long personId(Map<String, Object> unmatched) {
        return ((Number) unmatched.get("personId")).longValue();
    }

    static RunView view(Long id, boolean preview, PairingResult result, Participants participants, int changed) {
        Map<Long, PairingProfile> byId = participants.byId();
        return new RunView(
                id,
                preview,
                result.totalScore(),
                result.pairs().stream()
                        .map(p -> new RunView.RunPair(
                                byId.get(p.mentorId()).email(),
                                byId.get(p.mentorId()).name(),
                                byId.get(p.menteeId()).email(),
                                byId.get(p.menteeId()).name(),
                                p.score(),
                                Breakdowns.of(p.breakdown()),
                                p.explanation()))
                        .toList(),
                result.unmatched().stream()
                        .map((Unmatched u) -> new RunView.RunUnmatched(
                                byId.get(u.personId()).email(),
                                byId.get(u.personId()).name(),
                                u.side().name(),
                                u.explanation()))
                        .toList(),
                result.durationMillis(),
                changed);
    }
}
