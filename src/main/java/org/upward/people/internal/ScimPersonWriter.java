package org.upward.people.internal;

import com.unboundid.scim2.common.exceptions.BadRequestException;
import com.unboundid.scim2.common.exceptions.ResourceConflictException;
import com.unboundid.scim2.common.exceptions.ScimException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.upward.shared.FieldProblem;
import org.upward.shared.InvalidFieldsException;

/**
 * Writes what the identity provider sent to the person, under the same rules as the people page (a manager
 * must exist and must not close a reporting loop; a leave date not before the hire date), then lets
 * {@link Departures} carry out a departure ({@code active: false}: left today) or a return ({@code active: true}:
 * the leave date cleared, the same person again).
 */
@Component
class ScimPersonWriter {

    /** A provisioned person's department when the identity provider sends none. */
    static final String DEFAULT_DEPARTMENT = "Unassigned";
    /** A provisioned person's job level: SCIM has no level, and the people page can set it. */
    static final int DEFAULT_JOB_LEVEL = 1;

    private final PersonRepository people;
    private final PersonRules rules;
    private final Departures departures;
    private final DirectoryChanges changes;
    private final Clock clock;

    ScimPersonWriter(
            PersonRepository people, PersonRules rules, Departures departures, DirectoryChanges changes, Clock clock) {
        this.people = people;
        this.changes = changes;
        this.rules = rules;
        this.departures = departures;
        this.clock = clock;
    }

    Person create(ScimUserMapping.Fields fields) throws ScimException {
        String department = fields.department() == null ? DEFAULT_DEPARTMENT : fields.department();
        Person person = new Person(fields.email(), fields.name(), department, DEFAULT_JOB_LEVEL);
        write(person, fields);
        return person;
    }

    void update(Person person, ScimUserMapping.Fields fields) throws ScimException {
        if (!fields.email().equals(person.getEmail()) && people.existsByEmail(fields.email())) {
            throw ResourceConflictException.uniqueness("A User with userName " + fields.email() + " exists already");
        }
        write(person, fields);
    }

    void leave(Person person) throws ScimException {
        LocalDate today = LocalDate.now(clock);
        if (ScimUserMapping.isActive(person, today)) {
            person.setLeaveDate(today);
            person.setUpdatedAt(clock.instant());
            save(person);
        }
    }

    private void write(Person person, ScimUserMapping.Fields fields) throws ScimException {
        checkLengths(fields);
        PersonFields before = person.getId() == null ? null : PersonFields.of(person);
        LocalDate today = LocalDate.now(clock);
        LocalDate leaveDate = person.getLeaveDate();
        if (fields.active() && !ScimUserMapping.isActive(person, today)) {
            leaveDate = null;
        } else if (!fields.active() && ScimUserMapping.isActive(person, today)) {
            leaveDate = today;
        }
        String managerEmail = null;
        if (fields.managerId() != null) {
            managerEmail = people.findById(fields.managerId())
                    .map(Person::getEmail)
                    .orElseThrow(() -> BadRequestException.invalidValue("No User with id " + fields.managerId()));
        }
        String department = fields.department() != null ? fields.department() : person.getDepartment();
        PersonDetails details = new PersonDetails(
                fields.email(),
                fields.name(),
                department,
                fields.title(),
                person.getJobLevel(),
                managerEmail,
                person.getHireDate(),
                leaveDate,
                person.getGeneration(),
                null);
        Person manager;
        try {
            manager = rules.checkAndFindManager(details, person.getId() == null ? null : person);
        } catch (InvalidFieldsException e) {
            throw BadRequestException.invalidValue(e.problems().stream()
                    .map(FieldProblem::field)
                    .map(field -> field.equals("managerEmail") ? "manager" : "active")
                    .distinct()
                    .collect(Collectors.joining(
                            ", ",
                            "Refused: ",
                            " (a manager must not close a reporting"
                                    + " loop; a person cannot leave before their hire date)")));
        }
        person.setEmail(fields.email());
        person.setName(fields.name());
        person.setDepartment(department);
        person.setJobTitle(fields.title());
        person.setManager(manager);
        person.setLeaveDate(leaveDate);
        person.setEmployeeNumber(fields.employeeNumber());
        if (fields.externalId() != null) {
            person.setExternalId(fields.externalId());
        }
        person.setUpdatedAt(clock.instant());
        Person saved = people.saveAndFlush(person);
        if (before == null) {
            changes.added(saved, true);
        } else {
            changes.changed(saved, before, true);
        }
        departures.settle(List.of(saved.getId()));
    }

    private void save(Person person) {
        Person saved = people.saveAndFlush(person);
        departures.settle(List.of(saved.getId()));
    }

    private static void checkLengths(ScimUserMapping.Fields fields) throws BadRequestException {
        if (fields.email().length() > EmailAddress.MAX_LENGTH
                || fields.name().length() > 200
                || (fields.department() != null && fields.department().length() > 120)
                || (fields.title() != null && fields.title().length() > 200)
                || (fields.employeeNumber() != null && fields.employeeNumber().length() > 64)
                || (fields.externalId() != null && fields.externalId().length() > 255)) {
            throw BadRequestException.invalidValue("A value is too long: userName 254, displayName 200,"
                    + " department 120, title 200, employeeNumber 64, externalId 255 characters at most");
        }
    }
}
