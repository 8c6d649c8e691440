package org.upward.people.internal;

import java.util.List;
import org.upward.shared.CsvProblem;

/** What an import would do, without doing it: who is created, who is updated, or every bad row. */
record ImportPreview(List<Entry> toCreate, List<Entry> toUpdate, List<CsvProblem> problems) {

    /** One person of the file. */
    public record Entry(int line, String email, String name) {}

    public boolean valid() {
        return problems.isEmpty();
    }

    static ImportPreview of(ImportPlan plan) {
        return new ImportPreview(entries(plan.toCreate()), entries(plan.toUpdate()), plan.problems());
    }

    private static List<Entry> entries(List<ImportedPerson> people) {
        return people.stream()
                .map(p -> new Entry(p.line(), p.email(), p.name()))
                .toList();
    }
}
