package org.upward.shared;

/** One bad cell or row of an uploaded CSV file: line 1 is the header; 0 means the file as a whole. */
public record CsvProblem(int line, String field, String message) {}
