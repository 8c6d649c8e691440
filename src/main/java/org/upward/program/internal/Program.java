package org.upward.program.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.upward.people.PersonRef;
import org.upward.program.ProgramRequest;
import org.upward.program.ProgramStatus;
import org.upward.program.ProgramView;

/** A reverse mentoring program: its goals, timeline, sponsor, matching settings and lifecycle status. */
@Entity
class Program {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    private String description;

    private LocalDate startDate;

    private LocalDate endDate;

    private String successCriteria;

    private Long sponsorId;

    private int checkInCadenceWeeks;

    private int quietPeriodsBeforeClose = ProgramRequest.DEFAULT_QUIET_PERIODS_BEFORE_CLOSE;

    private BigDecimal cost;

    @Enumerated(EnumType.STRING)
    private ProgramStatus status = ProgramStatus.DRAFT;

    @Embedded
    private MatchingSettings matching;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
    @JoinColumn(name = "program_id", nullable = false)
    @OrderBy("position")
    private List<ProgramObjective> objectives = new ArrayList<>();

    @Embedded
    private AssessmentSettings assessment = new AssessmentSettings();

    /** A template is kept like a program but never runs: no list, job or dashboard sees it. */
    private boolean template;

    private String templateKey;

    @Version
    private long version;

    @Column(insertable = false, updatable = false)
    private Instant createdAt;

    private Instant updatedAt;

    protected Program() {}

    Program(Instant now) {
        this.updatedAt = now;
    }

    /** Replaces every editable field; the details were validated by {@link ProgramValidator}. */
    void change(ValidProgram details, Instant now) {
        ProgramRequest request = details.request();
        this.name = request.name().trim();
        this.description = blankToNull(request.description());
        this.startDate = request.startDate();
        this.endDate = request.endDate();
        this.successCriteria = blankToNull(request.successCriteria());
        this.sponsorId = details.sponsorId();
        this.checkInCadenceWeeks = request.checkInCadenceWeeks() == null
                ? ProgramRequest.DEFAULT_CADENCE_WEEKS
                : request.checkInCadenceWeeks();
        this.quietPeriodsBeforeClose = request.quietPeriodsBeforeClose() == null
                ? ProgramRequest.DEFAULT_QUIET_PERIODS_BEFORE_CLOSE
                : request.quietPeriodsBeforeClose();
        this.cost = request.cost();
        this.matching = MatchingSettings.of(request.matching());
        ObjectiveChanges.apply(objectives, details);
        if (request.assessment() != null) {
            assessment.change(details);
        }
        this.updatedAt = now;
    }

    /** A new DRAFT with this program's goals and settings under another name and dates; no verdicts come along. */
    Program copyAs(String name, LocalDate startDate, LocalDate endDate, Instant now) {
        Program copy = new Program(now);
        copy.name = name;
        copy.description = description;
        copy.startDate = startDate;
        copy.endDate = endDate;
        copy.successCriteria = successCriteria;
        copy.sponsorId = sponsorId;
        copy.checkInCadenceWeeks = checkInCadenceWeeks;
        copy.quietPeriodsBeforeClose = quietPeriodsBeforeClose;
        copy.cost = cost;
        copy.matching = matching == null ? MatchingSettings.of(null) : matching.copy();
        objectives.forEach(objective -> copy.objectives.add(objective.copy()));
        copy.assessment = assessment.copy();
        return copy;
    }

    /**
     * A template of this program's goals and settings: its dates stay as the anchor its dated parts are relative to,
     * and no sponsor comes along (a template names nobody).
     */
    Program templateAs(String templateName, Instant now) {
        Program copy = copyAs(templateName, startDate, endDate, now);
        copy.template = true;
        copy.sponsorId = null;
        return copy;
    }

    /** An empty template that ships with Upward under {@code key}, filled in by {@link #change}. */
    static Program shippedTemplate(String key, Instant now) {
        Program shipped = new Program(now);
        shipped.template = true;
        shipped.templateKey = key;
        return shipped;
    }

    void rename(String newName, Instant now) {
        this.name = newName;
        this.updatedAt = now;
    }

    String getTemplateKey() {
        return templateKey;
    }

    LocalDate getStartDate() {
        return startDate;
    }

    String getDescription() {
        return description;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    void touch(Instant now) {
        this.updatedAt = now;
    }

    void moveTo(ProgramStatus next, Instant now) {
        this.status = next;
        this.updatedAt = now;
    }

    boolean hasObjectiveWithOutcomeMeasure() {
        return objectives.stream().anyMatch(ProgramObjective::hasOutcomeMeasure);
    }

    List<ProgramObjective> objectives() {
        return objectives;
    }

    AssessmentSettings assessment() {
        return assessment;
    }

    LocalDate getEndDate() {
        return endDate;
    }

    boolean hasSponsor() {
        return sponsorId != null;
    }

    Long getSponsorId() {
        return sponsorId;
    }

    /** The ids of every skill the program refers to: its objectives' focus skills and its assessed skills. */
    Set<Long> skillIds() {
        Set<Long> ids = new LinkedHashSet<>();
        objectives.forEach(objective -> {
            ids.addAll(objective.focusSkillIds());
            ids.addAll(objective.measureSkillIds());
        });
        ids.addAll(assessment.skillIds());
        return ids;
    }

    boolean datesOrdered() {
        return startDate != null && endDate != null && endDate.isAfter(startDate);
    }

    Long getId() {
        return id;
    }

    String getName() {
        return name;
    }

    ProgramStatus getStatus() {
        return status;
    }

    long getVersion() {
        return version;
    }

    ProgramView view(List<ProgramStatus> nextStatuses, ProgramNames names) {
        PersonRef sponsor = names.sponsor(sponsorId);
        return new ProgramView(
                id,
                name,
                description,
                startDate,
                endDate,
                successCriteria,
                sponsor == null ? null : sponsor.email(),
                sponsor == null ? null : sponsor.name(),
                checkInCadenceWeeks,
                cost,
                objectives.stream().map(objective -> objective.view(names)).toList(),
                matching.view(),
                assessment.view(objectives, names),
                status,
                nextStatuses,
                version,
                quietPeriodsBeforeClose);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
