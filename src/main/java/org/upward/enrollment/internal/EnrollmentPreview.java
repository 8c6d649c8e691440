package org.upward.enrollment.internal;

import java.util.List;
import org.upward.shared.CsvProblem;

/** What importing an enrollments.csv would do, nothing written: who is enrolled, who is updated, or every problem. */
record EnrollmentPreview(
        List<EnrollmentPlan.Entry> toCreate, List<EnrollmentPlan.Entry> toUpdate, List<CsvProblem> problems) {

    public boolean isValid() {
        return problems.isEmpty();
    }

    static EnrollmentPreview refused(List<CsvProblem> problems) {
        return new EnrollmentPreview(List.of(), List.of(), problems);
    }
}
