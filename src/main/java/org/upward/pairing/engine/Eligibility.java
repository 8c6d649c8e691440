package org.upward.pairing.engine;

import java.util.Arrays;

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
        if (Arrays.binarySearch(instance.blockedMentors[mentee], mentor) >= 0) {
            return Ineligibility.BLOCKED;
        }
        if (Arrays.binarySearch(instance.dissolvedMentors[mentee], mentor) >= 0) {
            return Ineligibility.JUST_DISSOLVED;
        }
        return null;
    }

    private static boolean contains(long[] sortedIds, long id) {
        return sortedIds.length > 0 && Arrays.binarySearch(sortedIds, id) >= 0;
    }
}
