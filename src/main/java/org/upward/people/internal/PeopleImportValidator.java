package org.upward.people.internal;

import static org.upward.people.internal.PeopleCsvColumn.EMAIL;
import static org.upward.people.internal.PeopleCsvColumn.MANAGER_EMAIL;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.upward.shared.CsvProblem;
import org.upward.shared.UiText;

/**
 * Checks every row of people.csv against the directory rules and the people already known. Two passes:
 * a manager may be someone further down the same file.
 */
final class PeopleImportValidator {

    private final DirectorySnapshot directory;
    private final List<CsvProblem> problems = new ArrayList<>();

    private PeopleImportValidator(DirectorySnapshot directory) {
        this.directory = directory;
    }

    static ImportPlan validate(List<PersonCsvRow> rows, DirectorySnapshot directory) {
        return new PeopleImportValidator(directory).check(rows);
    }

    private ImportPlan check(List<PersonCsvRow> rows) {
        Map<String, ImportedPerson> byEmail = new LinkedHashMap<>();
        for (PersonCsvRow row : rows) {
            CsvCells cells = new CsvCells(row, problems);
            ImportedPerson person = cells.toPerson(directory);
            if (person == null) {
                continue;
            }
            ImportedPerson earlier = byEmail.putIfAbsent(person.email(), person);
            if (earlier != null) {
                problem(row.line(), EMAIL, UiText.of("people.error.duplicateEmailAlreadyOnLine", earlier.line()));
            }
        }
        checkManagers(byEmail);
        problems.sort(Comparator.comparingInt(CsvProblem::line));
        return new ImportPlan(problems.isEmpty() ? List.copyOf(byEmail.values()) : List.of(), List.copyOf(problems));
    }

    private void checkManagers(Map<String, ImportedPerson> byEmail) {
        Map<String, String> managerOf = new HashMap<>();
        directory.byEmail().forEach((email, entry) -> managerOf.put(email, entry.managerEmail()));
        for (ImportedPerson person : byEmail.values()) {
            String manager = person.email().equals(person.managerEmail()) ? null : person.managerEmail();
            if (manager != null && !byEmail.containsKey(manager) && !directory.contains(manager)) {
                problem(person.line(), MANAGER_EMAIL, UiText.of("people.error.unknownManagerNotInTheFile", manager));
                manager = null;
            }
            managerOf.put(person.email(), manager);
        }
        Map<String, List<String>> loops = ManagerCycles.find(managerOf, byEmail.keySet());
        for (ImportedPerson person : byEmail.values()) {
            List<String> loop = loops.get(person.email());
            if (loop != null) {
                problem(
                        person.line(),
                        MANAGER_EMAIL,
                        UiText.of("people.error.managerCycle", String.join(" → ", loop), person.email()));
            }
        }
    }

    private void problem(int line, PeopleCsvColumn column, String message) {
        problems.add(new CsvProblem(line, column.header(), message));
    }
}
