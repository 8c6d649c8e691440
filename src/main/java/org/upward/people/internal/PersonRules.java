package org.upward.people.internal;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.upward.shared.FieldProblem;
import org.upward.shared.InvalidFieldsException;
import org.upward.shared.UiText;

/** The rules a person's fields must keep whoever edits them: API, form (the CSV import checks the same in bulk). */
@Component
class PersonRules {

    private final PersonRepository people;

    PersonRules(PersonRepository people) {
        this.people = people;
    }

    /**
     * Checks the details of a new person ({@code self} null) or of an existing one, and returns their
     * manager (null for none).
     */
    Person checkAndFindManager(PersonDetails details, Person self) {
        List<FieldProblem> problems = new ArrayList<>();
        if (details.hireDate() != null
                && details.leaveDate() != null
                && details.leaveDate().isBefore(details.hireDate())) {
            problems.add(new FieldProblem("leaveDate", UiText.of("people.error.mustNotBeBeforeTheHire")));
        }
        Person manager = null;
        String managerEmail = details.managerEmail();
        if (managerEmail != null) {
            if (managerEmail.equals(details.email()) || (self != null && managerEmail.equals(self.getEmail()))) {
                problems.add(new FieldProblem("managerEmail", UiText.of("people.error.aPersonCanTBeTheir")));
            } else {
                manager = people.findByEmail(managerEmail).orElse(null);
                if (manager == null) {
                    problems.add(new FieldProblem(
                            "managerEmail", UiText.of("people.error.unknownManagerEmail", managerEmail)));
                } else if (self != null && people.chainContains(manager.getId(), self.getId())) {
                    problems.add(new FieldProblem(
                            "managerEmail",
                            UiText.of("people.error.wouldCreateAManagerCycleAlready", managerEmail, self.getEmail())));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
        return manager;
    }
}
