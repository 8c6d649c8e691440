package org.upward.program.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;
import org.upward.program.ObjectiveRequest;
import org.upward.program.ProgramRequest;
import org.upward.program.ProgramStatus;
import org.upward.shared.ConflictException;

class ProgramLifecycleTest {

    private static final Instant NOW = Instant.parse("2027-01-01T09:00:00Z");
    private static final Long SPONSOR = 7L;
    private static final ObjectiveRequest MEASURED = new ObjectiveRequest("Use AI weekly", List.of(), "POST >= 3.5");
    private static final ObjectiveRequest UNMEASURED = new ObjectiveRequest("Use AI weekly", List.of(), " ");

    private long approvedPairs;
    private final ProgramLifecycle lifecycle = new ProgramLifecycle(programId -> approvedPairs);

    private static Program program(Long sponsor, LocalDate start, LocalDate end, ObjectiveRequest... objectives) {
        ProgramRequest request = new ProgramRequest(
                "Digital leaders", null, start, end, null, null, null, null, List.of(objectives), null, null, null);
        Program program = new Program(NOW);
        program.change(
                new ValidProgram(
                        request,
                        sponsor,
                        List.of(objectives).stream().map(o -> List.<Long>of()).toList(),
                        List.of(objectives).stream()
                                .map(o -> o.measureOrQualitative() == null
                                        ? null
                                        : new ValidMeasure(o.measureOrQualitative(), List.of()))
                                .toList(),
                        List.of(),
                        List.of()),
                NOW);
        ReflectionTestUtils.setField(program, "id", 42L);
        return program;
    }

    private static Program ready() {
        return program(SPONSOR, LocalDate.of(2027, 1, 11), LocalDate.of(2027, 12, 17), MEASURED);
    }

    private String refusal(Program program, ProgramStatus next) {
        return assertThatThrownBy(() -> lifecycle.move(program, next, NOW))
                .isInstanceOf(ConflictException.class)
                .actual()
                .getMessage();
    }

    @Test
    void aReadyProgramWalksTheWholeLifecycle() {
        Program program = ready();
        approvedPairs = 3;
        for (ProgramStatus next : List.of(
                ProgramStatus.ENROLLING,
                ProgramStatus.MATCHING,
                ProgramStatus.RUNNING,
                ProgramStatus.COMPLETED,
                ProgramStatus.ARCHIVED)) {
            lifecycle.move(program, next, NOW);
            assertThat(program.getStatus()).isEqualTo(next);
        }
        assertThat(ProgramLifecycle.nextStatuses(ProgramStatus.ARCHIVED)).isEmpty();
    }

    @Test
    void cannotLeaveDraftWithoutAnyObjective() {
        Program program = program(SPONSOR, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 6, 1));
        assertThat(refusal(program, ProgramStatus.ENROLLING))
                .isEqualTo("The program \"Digital leaders\" cannot leave DRAFT: it has no objective with an outcome"
                        + " measure yet. Add at least one objective that says how its success is measured,"
                        + " and name a sponsor.");
        assertThat(program.getStatus()).isEqualTo(ProgramStatus.DRAFT);
    }

    @Test
    void cannotLeaveDraftWhenNoObjectiveHasAnOutcomeMeasure() {
        Program program = program(SPONSOR, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 6, 1), UNMEASURED);
        assertThat(refusal(program, ProgramStatus.ENROLLING)).contains("no objective with an outcome measure");
    }

    @Test
    void cannotLeaveDraftWithoutSponsorAndSaysEverythingMissing() {
        Program noSponsor = program(null, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 6, 1), MEASURED);
        assertThat(refusal(noSponsor, ProgramStatus.ENROLLING))
                .contains("it has no executive sponsor yet")
                .doesNotContain("outcome measure yet");
        Program nothing = program(null, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 6, 1));
        assertThat(refusal(nothing, ProgramStatus.ENROLLING))
                .contains("no objective with an outcome measure and no executive sponsor yet");
    }

    @Test
    void aDraftCanBeArchivedEvenWhenIncomplete() {
        Program program = program(null, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 6, 1));
        lifecycle.move(program, ProgramStatus.ARCHIVED, NOW);
        assertThat(program.getStatus()).isEqualTo(ProgramStatus.ARCHIVED);
    }

    @Test
    void datesOutOfOrderBlockEveryTransition() {
        Program program = program(SPONSOR, LocalDate.of(2027, 6, 1), LocalDate.of(2027, 6, 1), MEASURED);
        assertThat(refusal(program, ProgramStatus.ENROLLING)).contains("end date is not after its start date");
    }

    @Test
    void illegalJumpsNameFromToAndWhatIsAllowed() {
        Program program = ready();
        assertThat(refusal(program, ProgramStatus.RUNNING))
                .isEqualTo("The program \"Digital leaders\" cannot move from DRAFT to RUNNING."
                        + " From DRAFT it can only move to ENROLLING or ARCHIVED.");
        assertThat(refusal(program, ProgramStatus.DRAFT)).contains("is already DRAFT");
        lifecycle.move(program, ProgramStatus.ENROLLING, NOW);
        assertThat(refusal(program, ProgramStatus.COMPLETED)).contains("cannot move from ENROLLING to COMPLETED");
        assertThat(refusal(program, ProgramStatus.ARCHIVED)).contains("cannot move from ENROLLING to ARCHIVED");
    }

    @Test
    void cannotStartRunningWithoutApprovedPairs() {
        Program program = ready();
        lifecycle.move(program, ProgramStatus.ENROLLING, NOW);
        lifecycle.move(program, ProgramStatus.MATCHING, NOW);
        approvedPairs = 0;
        assertThat(refusal(program, ProgramStatus.RUNNING))
                .isEqualTo("The program \"Digital leaders\" cannot start RUNNING: it has no approved pairs yet."
                        + " Run the pairing and approve pairs first.");
        approvedPairs = 1;
        lifecycle.move(program, ProgramStatus.RUNNING, NOW);
        assertThat(program.getStatus()).isEqualTo(ProgramStatus.RUNNING);
    }

    @Test
    void aProgramThatLeftDraftMustKeepSponsorAndMeasuredObjective() {
        assertThat(ProgramLifecycle.keptAfterDraft(true, true)).isEmpty();
        assertThat(ProgramLifecycle.keptAfterDraft(false, false))
                .extracting(problem -> problem.field())
                .containsExactly("sponsorEmail", "objectives");
    }
}
