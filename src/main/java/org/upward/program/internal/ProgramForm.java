package org.upward.program.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.upward.program.ProgramRequest;
import org.upward.program.ProgramView;

/**
 * The program create/edit form. Blank objective rows are offered for new objectives and ignored on
 * submit ({@link ObjectiveRows}); the service validates everything, so the form only carries values.
 */
class ProgramForm {

    private String name;
    private String description;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startDate;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endDate;

    private String successCriteria;
    private String sponsorEmail;
    private Integer checkInCadenceWeeks = ProgramRequest.DEFAULT_CADENCE_WEEKS;
    private BigDecimal cost;
    private Integer quietPeriodsBeforeClose = ProgramRequest.DEFAULT_QUIET_PERIODS_BEFORE_CLOSE;
    private List<ObjectiveForm> objectives = new ArrayList<>();
    private MatchingForm matching = new MatchingForm();
    private AssessmentForm assessment = new AssessmentForm();
    private Long version;

    static ProgramForm empty() {
        return new ProgramForm().withBlankObjectiveRows();
    }

    static ProgramForm of(ProgramView program) {
        ProgramForm form = new ProgramForm();
        form.name = program.name();
        form.description = program.description();
        form.startDate = program.startDate();
        form.endDate = program.endDate();
        form.successCriteria = program.successCriteria();
        form.sponsorEmail = program.sponsorEmail();
        form.checkInCadenceWeeks = program.checkInCadenceWeeks();
        form.cost = program.cost();
        form.quietPeriodsBeforeClose = program.quietPeriodsBeforeClose();
        form.objectives = new ArrayList<>(
                program.objectives().stream().map(ObjectiveForm::of).toList());
        form.matching = MatchingForm.of(program.matching());
        form.assessment = AssessmentForm.of(program.assessment());
        form.version = program.version();
        return form.withBlankObjectiveRows();
    }

    /** Adds empty rows so an admin can add objectives without any script. */
    ProgramForm withBlankObjectiveRows() {
        ObjectiveRows.addBlankRows(objectives);
        return this;
    }

    /** The request this form asks for; blank objective rows are left out. */
    ProgramRequest toRequest() {
        return new ProgramRequest(
                name,
                description,
                startDate,
                endDate,
                successCriteria,
                sponsorEmail,
                checkInCadenceWeeks,
                cost,
                ObjectiveRows.requests(objectives),
                matching == null ? null : matching.toRequest(),
                assessment == null ? null : assessment.toRequest(),
                version,
                quietPeriodsBeforeClose);
    }

    /** The form field a request field's problem belongs to: request objective i is the i-th non-blank row. */
    String formFieldOf(String requestField) {
        return ObjectiveRows.formFieldOf(requestField, objectives);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
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

    public String getSuccessCriteria() {
        return successCriteria;
    }

    public void setSuccessCriteria(String successCriteria) {
        this.successCriteria = successCriteria;
    }

    public String getSponsorEmail() {
        return sponsorEmail;
    }

    public void setSponsorEmail(String sponsorEmail) {
        this.sponsorEmail = sponsorEmail;
    }

    public Integer getCheckInCadenceWeeks() {
        return checkInCadenceWeeks;
    }

    public void setCheckInCadenceWeeks(Integer checkInCadenceWeeks) {
        this.checkInCadenceWeeks = checkInCadenceWeeks;
    }

    public Integer getQuietPeriodsBeforeClose() {
        return quietPeriodsBeforeClose;
    }

    public void setQuietPeriodsBeforeClose(Integer quietPeriodsBeforeClose) {
        this.quietPeriodsBeforeClose = quietPeriodsBeforeClose;
    }

    public BigDecimal getCost() {
        return cost;
    }

    public void setCost(BigDecimal cost) {
        this.cost = cost;
    }

    public List<ObjectiveForm> getObjectives() {
        return objectives;
    }

    public void setObjectives(List<ObjectiveForm> objectives) {
        this.objectives = objectives;
    }

    public MatchingForm getMatching() {
        return matching;
    }

    public void setMatching(MatchingForm matching) {
        this.matching = matching;
    }

    public AssessmentForm getAssessment() {
        return assessment;
    }

    public void setAssessment(AssessmentForm assessment) {
        this.assessment = assessment;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
