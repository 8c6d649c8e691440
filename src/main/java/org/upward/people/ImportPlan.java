package org.upward.people;

import java.util.List;

/** The outcome of checking a people.csv: the people to write, or every bad row (then nothing is written). */
record ImportPlan(List<ImportedPerson> people, List<CsvRowProblem> problems) {

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
