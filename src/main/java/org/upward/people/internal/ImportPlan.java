package org.upward.people.internal;

import java.util.List;
import org.upward.shared.CsvProblem;

/** The outcome of checking a people.csv: the people to write, or every bad row (then nothing is written). */
record ImportPlan(List<ImportedPerson> people, List<CsvProblem> problems) {

    boolean valid() {
        return problems.isEmpty();
    }

    List<ImportedPerson> toCreate() {
        return people.stream().filter(p -> !p.existing()).toList();
    }

    List<ImportedPerson> toUpdate() {
        return people.stream().filter(ImportedPerson::existing).toList();
    }
}
