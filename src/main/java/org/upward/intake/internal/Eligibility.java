package org.upward.intake.internal;

import java.time.LocalDate;
import java.util.Optional;
import org.upward.enrollment.Side;
import org.upward.intake.EligibilityRule;
import org.upward.people.PersonStanding;
import org.upward.shared.FieldProblem;
import org.upward.shared.UiText;

/**
 * Whether a person may apply on a side: the first rule that excludes them, named by its field so the API's 422
 * and the page both say which one. Someone who has left may never apply; tenure counts from the hire date, so
 * without one on record a tenure rule excludes (the admin can add the date).
 */
final class Eligibility {

    private Eligibility() {}

    static Optional<FieldProblem> exclusion(PersonStanding person, Side side, EligibilityRule rule, LocalDate today) {
        String field = "eligibility." + side.name() + ".";
        if (person.leaveDate() != null && !person.leaveDate().isAfter(today)) {
            return Optional.of(new FieldProblem(field + "leaver", UiText.of("intake.excluded.leaver")));
        }
        if (rule == null) {
            return Optional.empty();
        }
        if (rule.minJobLevel() != null && person.jobLevel() < rule.minJobLevel()) {
            return Optional.of(new FieldProblem(
                    field + "minJobLevel", UiText.of("intake.excluded.minJobLevel", rule.minJobLevel())));
        }
        if (rule.maxJobLevel() != null && person.jobLevel() > rule.maxJobLevel()) {
            return Optional.of(new FieldProblem(
                    field + "maxJobLevel", UiText.of("intake.excluded.maxJobLevel", rule.maxJobLevel())));
        }
        if (!rule.departments().isEmpty()
                && rule.departments().stream()
                        .noneMatch(d -> d.equalsIgnoreCase(person.person().department()))) {
            return Optional.of(new FieldProblem(
                    field + "departments",
                    UiText.of("intake.excluded.departments", String.join(", ", rule.departments()))));
        }
        if (rule.minTenureMonths() != null && rule.minTenureMonths() > 0) {
            if (person.hireDate() == null) {
                return Optional.of(new FieldProblem(
                        field + "minTenureMonths", UiText.of("intake.excluded.tenureUnknown", rule.minTenureMonths())));
            }
            if (person.hireDate().plusMonths(rule.minTenureMonths()).isAfter(today)) {
                return Optional.of(new FieldProblem(
                        field + "minTenureMonths", UiText.of("intake.excluded.minTenure", rule.minTenureMonths())));
            }
        }
        return Optional.empty();
    }
}
