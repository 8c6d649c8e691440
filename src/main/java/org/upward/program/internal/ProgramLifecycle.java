package org.upward.program.internal;

import static org.upward.program.ProgramStatus.ARCHIVED;
import static org.upward.program.ProgramStatus.COMPLETED;
import static org.upward.program.ProgramStatus.DRAFT;
import static org.upward.program.ProgramStatus.ENROLLING;
import static org.upward.program.ProgramStatus.MATCHING;
import static org.upward.program.ProgramStatus.RUNNING;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.upward.program.ApprovedPairsCount;
import org.upward.program.ProgramStatus;
import org.upward.shared.ConflictException;
import org.upward.shared.FieldProblem;
import org.upward.shared.UiText;

/**
 * The program lifecycle, DRAFT → ENROLLING → MATCHING → RUNNING → COMPLETED → ARCHIVED (a DRAFT may
 * also be archived), and the guards that encode the known pitfalls: no goals, no sponsor, no pairs.
 */
@Component
class ProgramLifecycle {

    private static final Map<ProgramStatus, List<ProgramStatus>> NEXT = new EnumMap<>(Map.of(
            DRAFT, List.of(ENROLLING, ARCHIVED),
            ENROLLING, List.of(MATCHING),
            MATCHING, List.of(RUNNING),
            RUNNING, List.of(COMPLETED),
            COMPLETED, List.of(ARCHIVED),
            ARCHIVED, List.of()));

    private final ApprovedPairsCount approvedPairs;

    ProgramLifecycle(ApprovedPairsCount approvedPairs) {
        this.approvedPairs = approvedPairs;
    }

    /** The statuses a program in {@code status} may move to, guards aside. */
    static List<ProgramStatus> nextStatuses(ProgramStatus status) {
        return NEXT.get(status);
    }

    /** Moves the program to {@code next}, or refuses with a {@link ConflictException} saying why. */
    void move(Program program, ProgramStatus next, Instant now) {
        check(program, next);
        program.moveTo(next, now);
    }

    void check(Program program, ProgramStatus next) {
        ProgramStatus from = program.getStatus();
        String subject = UiText.of("program.error.theProgramNamed", program.getName());
        if (from == next) {
            throw refused(UiText.of("program.error.isAlready", subject, from));
        }
        if (!NEXT.get(from).contains(next)) {
            throw refused(UiText.of("program.error.cannotMoveFromTo", subject, from, next, allowedFrom(from)));
        }
        if (!program.datesOrdered()) {
            throw refused(UiText.of("program.error.cannotMoveToItsEndDate", subject, next));
        }
        if (from == DRAFT && next != ARCHIVED) {
            checkReadyToLeaveDraft(program, subject);
        }
        if (next == RUNNING && approvedPairsOf(program) == 0) {
            throw refused(UiText.of("program.error.cannotStartRunningItHasNo", subject));
        }
    }

    private long approvedPairsOf(Program program) {
        return program.getId() == null ? 0 : approvedPairs.approvedPairs(program.getId());
    }

    private static void checkReadyToLeaveDraft(Program program, String subject) {
        List<String> missing = new ArrayList<>();
        if (!program.hasObjectiveWithOutcomeMeasure()) {
            missing.add(UiText.of("program.error.noObjectiveWithAnOutcomeMeasure"));
        }
        if (!program.hasSponsor()) {
            missing.add(UiText.of("program.error.noExecutiveSponsor"));
        }
        if (!missing.isEmpty()) {
            throw refused(UiText.of(
                    "program.error.cannotLeaveDraft", subject, String.join(UiText.of("program.error.and"), missing)));
        }
    }

    /** What a program that has left DRAFT must keep: the things it needed to leave. */
    static List<FieldProblem> keptAfterDraft(boolean hasSponsor, boolean hasOutcomeMeasure) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!hasSponsor) {
            problems.add(new FieldProblem("sponsorEmail", UiText.of("program.error.afterDraftKeepASponsor")));
        }
        if (!hasOutcomeMeasure) {
            problems.add(
                    new FieldProblem("objectives", UiText.of("program.error.afterDraftKeepAnObjectiveWithMeasure")));
        }
        return problems;
    }

    /** Archived programs are history: they can be read but no longer changed. */
    static void checkEditable(Program program) {
        if (program.getStatus() == ARCHIVED) {
            throw new ConflictException(
                    UiText.of("program.conflict.programArchived"),
                    UiText.of("program.error.theProgramIsArchivedAndCan", program.getName()));
        }
    }

    private static String allowedFrom(ProgramStatus from) {
        List<ProgramStatus> next = NEXT.get(from);
        if (next.isEmpty()) {
            return UiText.of("program.error.archivedDoesNotChangeStatus");
        }
        return UiText.of(
                "program.error.canOnlyMoveTo",
                from,
                next.stream().map(Enum::name).collect(Collectors.joining(UiText.of("program.error.or"))));
    }

    private static ConflictException refused(String reason) {
        return new ConflictException(UiText.of("program.conflict.transitionRefused"), reason);
    }
}
