package org.upward.people;

import java.util.List;
import org.upward.shared.UiText;

/** An import refused because of bad rows; nothing was written. Lists every bad row. */
public class PeopleCsvException extends RuntimeException {

    private final transient List<CsvRowProblem> problems;

    PeopleCsvException(List<CsvRowProblem> problems) {
        super(UiText.of("people.error.theFileHasProblemSNothing", problems.size()));
        this.problems = List.copyOf(problems);
    }

    public List<CsvRowProblem> problems() {
        return problems;
    }
}
