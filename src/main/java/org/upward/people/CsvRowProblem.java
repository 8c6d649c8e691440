package org.upward.people;

/** One bad row of an imported CSV: its line number, the column at fault (null for the whole row) and why. */
public record CsvRowProblem(int line, String field, String message) {}
