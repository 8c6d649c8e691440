package org.upward.program.internal;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.upward.program.ProgramView;
import org.upward.shared.UiText;

/** The "Start the next cohort" form: the new program's name and dates. */
public class ProgramCopyForm {

    private String name;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startDate;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endDate;

    /** Prefilled: the original's name marked as the next cohort, dates left to the admin. */
    static ProgramCopyForm nextCohortOf(ProgramView program) {
        ProgramCopyForm form = new ProgramCopyForm();
        form.name = UiText.of("program.copy.defaultName", program.name());
        return form;
    }

    ProgramCopyRequest toRequest() {
        return new ProgramCopyRequest(name, startDate, endDate);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }
}
