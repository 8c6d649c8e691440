package org.upward.pairing.internal;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.upward.enrollment.PairingProfile;

/** The program's pairable people, by person id, with their names and emails for views. */
record Participants(Map<Long, PairingProfile> byId) {

    static Participants of(java.util.List<PairingProfile> profiles) {
        return new Participants(
                profiles.stream().collect(Collectors.toMap(PairingProfile::personId, Function.identity())));
    }

    String email(long personId) {
        PairingProfile profile = byId.get(personId);
        return profile == null ? null : profile.email();
    }
}
