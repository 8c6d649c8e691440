package org.upward.pairing.engine;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Everything one pairing run needs; {@code skillNames} (skill id → name) is only used in explanations. */
public record PairingInput(
        List<MentorProfile> mentors,
        List<MenteeProfile> mentees,
        PairingSettings settings,
        Map<Long, String> skillNames) {

    public PairingInput {
        mentors = List.copyOf(mentors);
        mentees = List.copyOf(mentees);
        Objects.requireNonNull(settings, "settings");
        skillNames = Map.copyOf(skillNames);
        requireUniqueIds(mentors.stream().map(MentorProfile::id).toList(), "mentor");
        requireUniqueIds(mentees.stream().map(MenteeProfile::id).toList(), "mentee");
    }

    private static void requireUniqueIds(List<Long> ids, String side) {
        var seen = new HashSet<Long>();
        for (Long id : ids) {
            if (!seen.add(id)) {
                throw new IllegalArgumentException("duplicate " + side + " id " + id);
            }
        }
    }
}
