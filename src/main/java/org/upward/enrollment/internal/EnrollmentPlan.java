package org.upward.enrollment.internal;

import java.util.Comparator;
import java.util.List;
import org.upward.enrollment.Side;
import org.upward.shared.CsvProblem;

/**
 * What an import would do, before it does it: who is enrolled, whose enrollment is updated, every problem, and
 * the writes to run if there is none.
 */
record EnrollmentPlan(List<Entry> toCreate, List<Entry> toUpdate, List<CsvProblem> problems, List<Runnable> writes) {

    /** One person of the file and the side they are on. */
    record Entry(int line, String email, String name, Side side) {}

    boolean valid() {
        return problems.isEmpty();
    }

    /** The same plan without its writes, problems in line order: what a preview shows. */
    EnrollmentPreview preview() {
        return new EnrollmentPreview(
                toCreate,
                toUpdate,
                problems.stream()
                        .sorted(Comparator.comparingInt(CsvProblem::line))
                        .toList());
    }
}
