package org.upward.people;

import java.util.List;

/** An import refused because of bad rows; nothing was written. Lists every bad row. */
public class PeopleCsvException extends RuntimeException {

    private final transient List<CsvRowProblem> problems;

    PeopleCsvException(List<CsvRowProblem> problems) {
        super("The file has " + problems.size() + " problem(s); nothing was imported.");
        this.problems = List.copyOf(problems);
    }

    public List<CsvRowProblem> problems() {
        return problems;
    }
}
