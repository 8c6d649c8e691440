package org.upward.enrollment.internal;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.upward.enrollment.EnrollmentDraft;
import org.upward.enrollment.ProfileCheck;
import org.upward.shared.FieldProblem;

/** Checks a profile with the same rules as the API, the CSV and the profile page, without storing it. */
@Component
class ProfileChecker implements ProfileCheck {

    private final ProgramRoster roster;

    ProfileChecker(ProgramRoster roster) {
        this.roster = roster;
    }

    @Override
    @Transactional(readOnly = true)
    public List<FieldProblem> problems(EnrollmentDraft draft) {
        return new ProfileRules(roster.skillsByLowerName())
                .check(draft).problems().stream()
                        .map(p -> new FieldProblem(p.field(), p.message()))
                        .toList();
    }
}
