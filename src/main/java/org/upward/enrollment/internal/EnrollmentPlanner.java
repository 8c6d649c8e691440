package org.upward.enrollment.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.upward.people.People;
import org.upward.people.PersonRef;
import org.upward.shared.CsvProblem;
import org.upward.shared.UiText;

/**
 * Checks rows of enrollments (from the file or the API) against the directory, the catalog and the program's
 * current enrollments, and plans their writes without running them: an import runs them, a preview does not.
 */
@Component
class EnrollmentPlanner {

    private final EnrollmentRepository enrollments;
    private final NamedEnrollments named;
    private final ProgramRoster admin;
    private final People people;
    private final Clock clock;

    EnrollmentPlanner(
            EnrollmentRepository enrollments, NamedEnrollments named, ProgramRoster admin, People people, Clock clock) {
        this.enrollments = enrollments;
        this.named = named;
        this.admin = admin;
        this.people = people;
        this.clock = clock;
    }

    /**
     * Plans the rows; {@code readProblems} are the cells the file could not be read at, which the plan keeps and
     * does not report twice (a bad work style is "not a work style", not also "work style is required").
     */
    EnrollmentPlan plan(long programId, List<EnrollmentCsvReader.Row> rows, List<CsvProblem> readProblems) {
        admin.requireOpen(programId);
        List<CsvProblem> problems = new ArrayList<>(readProblems);
        Set<String> badCells =
                readProblems.stream().map(p -> p.line() + ":" + p.field()).collect(Collectors.toSet());
        ProfileRules rules = new ProfileRules(admin.skillsByLowerName());
        Map<String, Enrollment> existing = named.of(programId).stream()
                .collect(Collectors.toMap(n -> n.person().email(), NamedEnrollments.Named::enrollment));
        Map<String, PersonRef> known = people.byEmails(rows.stream()
                .map(row -> row.draft().email())
                .filter(Objects::nonNull)
                .toList());
        Set<String> seen = new HashSet<>();
        List<EnrollmentPlan.Entry> created = new ArrayList<>();
        List<EnrollmentPlan.Entry> updated = new ArrayList<>();
        List<Runnable> writes = new ArrayList<>();
        boolean api = rows.size() == 1 && rows.get(0).line() == 0;
        for (EnrollmentCsvReader.Row row : rows) {
            String email = People.normalizeEmail(row.draft().email());
            int line = row.line();
            if (email == null || email.isEmpty()) {
                problems.add(new CsvProblem(line, "email", UiText.of("enrollment.error.isRequired")));
                continue;
            }
            if (!seen.add(email)) {
                problems.add(
                        new CsvProblem(line, "email", UiText.of("enrollment.error.appearsMoreThanOnceInThe", email)));
                continue;
            }
            PersonRef person = known.get(email);
            if (person == null) {
                problems.add(new CsvProblem(line, "email", unknownPerson(email)));
            }
            ProfileRules.Checked checked = rules.check(row.draft());
            checked.problems().stream()
                    .map(p -> new CsvProblem(line, api ? p.field() : p.column(), p.message()))
                    .filter(p -> api || !badCells.contains(line + ":" + p.field()))
                    .forEach(problems::add);
            Enrollment current = existing.get(email);
            if (current != null
                    && row.draft().side() != null
                    && current.getSide() != row.draft().side()) {
                problems.add(new CsvProblem(
                        line,
                        "side",
                        UiText.of("enrollment.error.isAlreadyEnrolledAsNobodyCan", email, current.getSide())));
            }
            if (person != null && checked.profile().isPresent()) {
                EnrollmentPlan.Entry entry = new EnrollmentPlan.Entry(
                        line, email, person.name(), row.draft().side());
                (current != null ? updated : created).add(entry);
                Enrollment target = current != null
                        ? current
                        : new Enrollment(programId, person.id(), row.draft().side(), clock.instant());
                writes.add(() -> {
                    target.apply(checked.profile().get(), clock.instant());
                    enrollments.save(target);
                });
            }
        }
        return new EnrollmentPlan(created, updated, problems, writes);
    }

    private String unknownPerson(String email) {
        return people.closestEmail(email)
                .map(near -> UiText.of("enrollment.error.noPersonWithEmailDidYouMean", email, near))
                .orElseGet(() -> UiText.of("enrollment.error.noPersonWithEmailImportPeople", email));
    }
}
