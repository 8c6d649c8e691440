package org.upward.enrollment.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upward.enrollment.EnrollmentDraft;
import org.upward.enrollment.EnrollmentImport;
import org.upward.enrollment.EnrollmentView;
import org.upward.enrollment.EnrollmentsImported;
import org.upward.people.People;
import org.upward.people.PersonRef;
import org.upward.shared.CsvImportException;
import org.upward.shared.CsvProblem;
import org.upward.shared.CsvText;
import org.upward.shared.FieldProblem;
import org.upward.shared.InvalidFieldsException;
import org.upward.shared.UiText;

/** Enrollments with full profiles, one by API or many by enrollments.csv: all or nothing. */
@Service
class EnrollmentImporter implements EnrollmentImport {

    private final EnrollmentRepository enrollments;
    private final NamedEnrollments named;
    private final ProgramRoster admin;
    private final People people;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    EnrollmentImporter(
            EnrollmentRepository enrollments,
            NamedEnrollments named,
            ProgramRoster admin,
            People people,
            Clock clock,
            ApplicationEventPublisher events) {
        this.enrollments = enrollments;
        this.named = named;
        this.admin = admin;
        this.people = people;
        this.clock = clock;
        this.events = events;
    }

    /** Creates or updates one full enrollment, as the API's POST does. */
    @Transactional
    public EnrollmentView save(long programId, EnrollmentDraft draft) {
        List<CsvProblem> problems = new ArrayList<>();
        ImportCounts ignored = upsertAll(programId, List.of(new EnrollmentCsvReader.Row(0, draft)), problems);
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems.stream()
                    .map(p -> new FieldProblem(p.field(), p.message()))
                    .toList());
        }
        PersonRef person = people.getByEmail(draft.email());
        return admin.list(programId).stream()
                .filter(view -> view.email().equals(person.email()))
                .findFirst()
                .orElseThrow();
    }

    /** Imports enrollments.csv all-or-nothing: any bad row and nothing is written. */
    @Transactional
    public ImportCounts importCsv(long programId, byte[] file) {
        List<CsvProblem> problems = new ArrayList<>();
        List<EnrollmentCsvReader.Row> rows = EnrollmentCsvReader.read(CsvText.decode(file), problems);
        admin.requireOpen(programId);
        ImportCounts counts = upsertAll(programId, rows, problems);
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingInt(CsvProblem::line));
            throw new CsvImportException(problems);
        }
        events.publishEvent(new EnrollmentsImported(programId, counts.created(), counts.updated()));
        return counts;
    }

    private ImportCounts upsertAll(long programId, List<EnrollmentCsvReader.Row> rows, List<CsvProblem> problems) {
        admin.requireOpen(programId);
        ProfileRules rules = new ProfileRules(admin.skillsByLowerName());
        Map<String, Enrollment> existing = named.of(programId).stream()
                .collect(Collectors.toMap(n -> n.person().email(), NamedEnrollments.Named::enrollment));
        Map<String, PersonRef> known = people.byEmails(rows.stream()
                .map(row -> row.draft().email())
                .filter(Objects::nonNull)
                .toList());
        Set<String> seen = new HashSet<>();
        List<Runnable> writes = new ArrayList<>();
        int[] counts = new int[2];
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
            Optional<PersonRef> person = Optional.ofNullable(known.get(email));
            if (person.isEmpty()) {
                problems.add(new CsvProblem(
                        line, "email", UiText.of("enrollment.error.noPersonWithEmailImportPeople", email)));
            }
            ProfileRules.Checked checked = rules.check(row.draft());
            checked.problems()
                    .forEach(p -> problems.add(new CsvProblem(line, api ? p.field() : p.column(), p.message())));
            Enrollment current = existing.get(email);
            if (current != null
                    && row.draft().side() != null
                    && current.getSide() != row.draft().side()) {
                problems.add(new CsvProblem(
                        line,
                        "side",
                        UiText.of("enrollment.error.isAlreadyEnrolledAsNobodyCan", email, current.getSide())));
            }
            if (person.isPresent() && checked.profile().isPresent() && problems.isEmpty()) {
                Enrollment target = current != null
                        ? current
                        : new Enrollment(
                                programId, person.get().id(), row.draft().side(), clock.instant());
                counts[current != null ? 1 : 0]++;
                writes.add(() -> {
                    target.apply(checked.profile().get(), clock.instant());
                    enrollments.save(target);
                });
            }
        }
        if (problems.isEmpty()) {
            writes.forEach(Runnable::run);
            enrollments.flush();
        }
        return new ImportCounts(counts[0], counts[1]);
    }
}
