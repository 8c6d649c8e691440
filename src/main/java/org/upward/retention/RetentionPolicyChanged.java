package org.upward.retention;

import java.util.Map;
import org.upward.people.PersonalDataKind;

/** An admin changed the retention policy: each kind's months before and after. */
public record RetentionPolicyChanged(
        Map<PersonalDataKind, Integer> monthsBefore, Map<PersonalDataKind, Integer> monthsAfter) {

    public RetentionPolicyChanged {
        monthsBefore = Map.copyOf(monthsBefore);
        monthsAfter = Map.copyOf(monthsAfter);
    }
}
