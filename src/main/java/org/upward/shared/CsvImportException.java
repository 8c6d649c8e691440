package org.upward.shared;

import java.util.List;

/** A CSV file was refused; nothing of it was written. Lists every problem found. */
public class CsvImportException extends RuntimeException {

    private final List<CsvProblem> problems;

    public CsvImportException(List<CsvProblem> problems) {
        super(UiText.of("web.error.theFileHasProblemSNothing", problems.size()));
        this.problems = List.copyOf(problems);
    }

    public List<CsvProblem> problems() {
        return problems;
    }
}
