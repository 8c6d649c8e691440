package org.upward.pairing.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The hard constraints: never the same person, never within a reporting line (either one above the other), never the
 * same department when the program excludes it, never a blocked or just-dissolved pair.
 */
final class Eligibility {

    private final PairingInstance instance;

    Eligibility(PairingInstance instance) {
        this.instance = instance;
    }

    /** The first constraint the pair breaks, or {@code null} when it breaks none. */
    Ineligibility check(int mentor, int mentee) {
        CompiledMentor m = instance.mentors.get(mentor);
        CompiledMentee e = instance.mentees.get(mentee);
        if (m.id() == e.id()) {
            return Ineligibility.SAME_PERSON;
        }
        if (contains(e.managerIds(), m.id()) || contains(m.managerIds(), e.id())) {
            return Ineligibility.REPORTING_LINE;
        }
        if (instance.settings.excludeSameDepartment() && m.department() == e.department()) {
            return Ineligibility.SAME_DEPARTMENT;
        }
        if (instance.blockedMentors[mentee].length > 0 && breaks(Ineligibility.BLOCKED, mentor, mentee)) {
            return Ineligibility.BLOCKED;
        }
        if (instance.dissolvedMentors[mentee].length > 0 && breaks(Ineligibility.JUST_DISSOLVED, mentor, mentee)) {
            return Ineligibility.JUST_DISSOLVED;
        }
        return null;
    }

    /** Every constraint the pair breaks, in declaration order; for warnings on a pair made by hand. */
    List<Ineligibility> broken(int mentor, int mentee) {
        List<Ineligibility> broken = new ArrayList<>();
        for (Ineligibility rule : CONSTRAINTS) {
            if (breaks(rule, mentor, mentee)) {
                broken.add(rule);
            }
        }
        return broken;
    }

    private static final Ineligibility[] CONSTRAINTS = {
        Ineligibility.SAME_PERSON,
        Ineligibility.REPORTING_LINE,
        Ineligibility.SAME_DEPARTMENT,
        Ineligibility.BLOCKED,
        Ineligibility.JUST_DISSOLVED
    };

    private boolean breaks(Ineligibility rule, int mentor, int mentee) {
        CompiledMentor m = instance.mentors.get(mentor);
        CompiledMentee e = instance.mentees.get(mentee);
        return switch (rule) {
            case SAME_PERSON -> m.id() == e.id();
            case REPORTING_LINE -> contains(e.managerIds(), m.id()) || contains(m.managerIds(), e.id());
            case SAME_DEPARTMENT -> instance.settings.excludeSameDepartment() && m.department() == e.department();
            case BLOCKED -> Arrays.binarySearch(instance.blockedMentors[mentee], mentor) >= 0;
            case JUST_DISSOLVED -> Arrays.binarySearch(instance.dissolvedMentors[mentee], mentor) >= 0;
            case BELOW_MIN_SCORE -> false;
        };
    }

    private static boolean contains(long[] sortedIds, long id) {
        return sortedIds.length > 0 && Arrays.binarySearch(sortedIds, id) >= 0;
    }
}
