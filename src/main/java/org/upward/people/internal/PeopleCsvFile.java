package org.upward.people.internal;

import java.util.List;
import org.upward.shared.CsvProblem;

/** What reading people.csv gave: the rows, or why the file as a whole (or some row's shape) is unusable. */
record PeopleCsvFile(List<PersonCsvRow> rows, List<CsvProblem> problems) {}
