package org.upward.people;

import java.util.List;

/** What reading people.csv gave: the rows, or why the file as a whole (or some row's shape) is unusable. */
record PeopleCsvFile(List<PersonCsvRow> rows, List<CsvRowProblem> problems) {}
