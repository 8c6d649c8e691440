package org.upward.enrollment.internal;

import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.upward.enrollment.EnrollmentView;
import org.upward.enrollment.PairingProfile;
import org.upward.enrollment.SkillWish;
import org.upward.people.PersonRef;
import org.upward.people.SkillView;

/** An enrollment as others see it: the API and pages, and the pairing engine. */
final class EnrollmentViews {

    private EnrollmentViews() {}

    /** The enrollment of {@code person} as the API and pages show it. */
    static EnrollmentView view(Enrollment enrollment, PersonRef person, Map<Long, SkillView> skills) {
        return new EnrollmentView(
                enrollment.getId(),
                enrollment.getProgramId(),
                person.email(),
                person.name(),
                person.department(),
                enrollment.getSide(),
                enrollment.getSkillsOffered().stream()
                        .map(o -> new EnrollmentView.OfferedSkillView(
                                skills.get(o.skillId()).name(), o.level()))
                        .sorted((a, b) -> a.skill().compareToIgnoreCase(b.skill()))
                        .toList(),
                enrollment.getSkillsWanted().stream()
                        .map(w -> new EnrollmentView.WantedSkillView(
                                skills.get(w.skillId()).name(), w.currentLevel(), w.priority()))
                        .sorted((a, b) -> a.priority().compareTo(b.priority()))
                        .toList(),
                enrollment.getInterests().stream().sorted().toList(),
                enrollment.getWorkStyle(),
                enrollment.getMeetingPreference(),
                enrollment.getCapacity(),
                enrollment.getStatus(),
                enrollment.isComplete(),
                enrollment.getVersion());
    }

    /** What a pairing run needs to know about one enrollment. */
    static PairingProfile pairingProfile(Enrollment e, PersonRef person) {
        return new PairingProfile(
                person.id(),
                person.email(),
                person.name(),
                person.department(),
                e.getSide(),
                e.getSkillsOffered().stream().collect(Collectors.toMap(SkillOffer::skillId, SkillOffer::level)),
                e.getSkillsWanted().stream().collect(Collectors.toMap(SkillWish::skillId, Function.identity())),
                Set.copyOf(e.getInterests()),
                e.getWorkStyle(),
                e.getMeetingPreference(),
                e.getCapacity());
    }
}
