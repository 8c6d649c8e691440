package org.upward.enrollment.internal;

import java.util.ArrayList;
import java.util.List;
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

/** Enrollments with full profiles, one by API or many by enrollments.csv: all or nothing, or only previewed. */
@Service
class EnrollmentImporter implements EnrollmentImport {

    private final EnrollmentRepository enrollments;
    private final EnrollmentPlanner planner;
    private final ProgramRoster admin;
    private final People people;
    private final ApplicationEventPublisher events;

    EnrollmentImporter(
            EnrollmentRepository enrollments,
            EnrollmentPlanner planner,
            ProgramRoster admin,
            People people,
            ApplicationEventPublisher events) {
        this.enrollments = enrollments;
        this.planner = planner;
        this.admin = admin;
        this.people = people;
        this.events = events;
    }

    /** Creates or updates one full enrollment, as the API's POST does. */
    @Transactional
    public EnrollmentView save(long programId, EnrollmentDraft draft) {
        EnrollmentPlan plan = planner.plan(programId, List.of(new EnrollmentCsvReader.Row(0, draft)), List.of());
        if (!plan.valid()) {
            throw new InvalidFieldsException(plan.problems().stream()
                    .map(p -> new FieldProblem(p.field(), p.message()))
                    .toList());
        }
        write(plan);
        PersonRef person = people.getByEmail(draft.email());
        return admin.list(programId).stream()
                .filter(view -> view.email().equals(person.email()))
                .findFirst()
                .orElseThrow();
    }

    /** Imports enrollments.csv all-or-nothing: any bad row and nothing is written. */
    @Transactional
    public ImportCounts importCsv(long programId, byte[] file) {
        EnrollmentPlan plan = plan(programId, file);
        if (!plan.valid()) {
            throw new CsvImportException(plan.preview().problems());
        }
        write(plan);
        ImportCounts counts =
                new ImportCounts(plan.toCreate().size(), plan.toUpdate().size());
        events.publishEvent(new EnrollmentsImported(programId, counts.created(), counts.updated()));
        return counts;
    }

    /** What {@link #importCsv} would do with the file, writing nothing. */
    @Transactional(readOnly = true)
    public EnrollmentPreview preview(long programId, byte[] file) {
        try {
            return plan(programId, file).preview();
        } catch (CsvImportException unreadable) {
            return EnrollmentPreview.refused(unreadable.problems());
        }
    }

    private EnrollmentPlan plan(long programId, byte[] file) {
        List<CsvProblem> problems = new ArrayList<>();
        List<EnrollmentCsvReader.Row> rows = EnrollmentCsvReader.read(CsvText.decode(file), problems);
        return planner.plan(programId, rows, problems);
    }

    private void write(EnrollmentPlan plan) {
        plan.writes().forEach(Runnable::run);
        enrollments.flush();
    }
}
