package org.upward.program;

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
import org.upward.web.ConflictException;
import org.upward.web.FieldProblem;

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
        String subject = "The program \"" + program.getName() + "\"";
        if (from == next) {
            throw refused(subject + " is already " + from + ".");
        }
        if (!NEXT.get(from).contains(next)) {
            throw refused(subject + " cannot move from " + from + " to " + next + ". " + allowedFrom(from));
        }
        if (!program.datesOrdered()) {
            throw refused(subject + " cannot move to " + next + ": its end date is not after its start date. "
                    + "Correct the dates first.");
        }
        if (from == DRAFT && next != ARCHIVED) {
            checkReadyToLeaveDraft(program, subject);
        }
        if (next == RUNNING && approvedPairsOf(program) == 0) {
            throw refused(subject + " cannot start RUNNING: it has no approved pairs yet. "
                    + "Run the pairing and approve pairs first.");
        }
    }

    private long approvedPairsOf(Program program) {
        return program.getId() == null ? 0 : approvedPairs.approvedPairs(program.getId());
    }

    private static void checkReadyToLeaveDraft(Program program, String subject) {
        List<String> missing = new ArrayList<>();
        if (!program.hasObjectiveWithOutcomeMeasure()) {
            missing.add("no objective with an outcome measure");
        }
        if (!program.hasSponsor()) {
            missing.add("no executive sponsor");
        }
        if (!missing.isEmpty()) {
            throw refused(subject + " cannot leave DRAFT: it has " + String.join(" and ", missing) + " yet. "
                    + "Add at least one objective that says how its success is measured, and name a sponsor.");
        }
    }

    /** What a program that has left DRAFT must keep: the things it needed to leave. */
    static List<FieldProblem> keptAfterDraft(boolean hasSponsor, boolean hasOutcomeMeasure) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!hasSponsor) {
            problems.add(new FieldProblem("sponsorEmail", "A program that has left DRAFT must keep a sponsor."));
        }
        if (!hasOutcomeMeasure) {
            problems.add(new FieldProblem(
                    "objectives", "A program that has left DRAFT must keep an objective with an outcome measure."));
        }
        return problems;
    }

    /** Archived programs are history: they can be read but no longer changed. */
    static void checkEditable(Program program) {
        if (program.getStatus() == ARCHIVED) {
            throw new ConflictException(
                    "Program archived",
                    "The program \"" + program.getName() + "\" is archived and can no longer be changed.");
        }
    }

    private static String allowedFrom(ProgramStatus from) {
        List<ProgramStatus> next = NEXT.get(from);
        if (next.isEmpty()) {
            return "An archived program does not change status any more.";
        }
        return "From " + from + " it can only move to "
                + next.stream().map(Enum::name).collect(Collectors.joining(" or ")) + ".";
    }

    private static ConflictException refused(String reason) {
        return new ConflictException("Transition refused", reason);
    }
}
