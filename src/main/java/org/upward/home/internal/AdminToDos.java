package org.upward.home.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.upward.agreement.AgreementCoverage;
import org.upward.assessment.AssessmentPhase;
import org.upward.assessment.AssessmentWindows;
import org.upward.enrollment.EnrollmentService;
import org.upward.intake.ApplicationsAwaiting;
import org.upward.outcome.BusinessOutcomes;
import org.upward.pairing.PairTallies;
import org.upward.pairing.PairTally;
import org.upward.program.ProgramService;
import org.upward.program.ProgramStatus;
import org.upward.program.ProgramView;
import org.upward.sessions.ActivityStatus;
import org.upward.sessions.StatusBoard;

/**
 * The admin's next steps across every program still in hand, soonest due first: each program's lifecycle asks for
 * one thing at a time (open enrollment, pair, approve, start, complete), and running programs add the pairs that
 * need a look and the assessments still to open.
 */
@Component
class AdminToDos {

    /** How long before its end a program's after-program assessment should be opened. */
    private static final int POST_ASSESSMENT_LEAD_DAYS = 14;

    private final ProgramService programs;
    private final EnrollmentService enrollments;
    private final PairTallies pairs;
    private final StatusBoard board;
    private final AssessmentWindows assessments;
    private final BusinessOutcomes outcomes;
    private final AgreementCoverage agreements;
    private final ApplicationsAwaiting applications;
    private final Clock clock;

    AdminToDos(
            ProgramService programs,
            EnrollmentService enrollments,
            PairTallies pairs,
            StatusBoard board,
            AssessmentWindows assessments,
            BusinessOutcomes outcomes,
            AgreementCoverage agreements,
            ApplicationsAwaiting applications,
            Clock clock) {
        this.programs = programs;
        this.enrollments = enrollments;
        this.pairs = pairs;
        this.board = board;
        this.assessments = assessments;
        this.outcomes = outcomes;
        this.agreements = agreements;
        this.applications = applications;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    List<ToDo> all() {
        LocalDate today = LocalDate.now(clock);
        List<ToDo> items = new ArrayList<>();
        for (ProgramStatus status : List.of(
                ProgramStatus.DRAFT,
                ProgramStatus.ENROLLING,
                ProgramStatus.MATCHING,
                ProgramStatus.RUNNING,
                ProgramStatus.COMPLETED)) {
            for (ProgramView program : programs.inStatus(status)) {
                new ForProgram(program, today, items).add();
            }
        }
        items.sort(Comparator.comparing(ToDo::dueOn));
        return items;
    }

    /** The items of one program. */
    private final class ForProgram {

        private final ProgramView program;
        private final LocalDate today;
        private final List<ToDo> items;
        private final String page;

        ForProgram(ProgramView program, LocalDate today, List<ToDo> items) {
            this.program = program;
            this.today = today;
            this.items = items;
            this.page = "/admin/programs/" + program.id();
        }

        void add() {
            switch (program.status()) {
                case DRAFT -> item("todo.admin.openEnrollment", null, program.startDate(), page);
                case ENROLLING -> enrolling();
                case MATCHING -> matching();
                case RUNNING -> running();
                case COMPLETED -> completed();
                default -> {}
            }
        }

        private void enrolling() {
            long waiting = applications.forDecision(program.id());
            if (waiting > 0) {
                item("todo.admin.applications", waiting, today, page + "/intake?status=PENDING");
            }
            long incomplete = enrollments.completeness(program.id()).incomplete();
            if (incomplete > 0) {
                item("todo.admin.profiles", incomplete, program.startDate(), page + "/enrollments");
            }
            item("todo.admin.closeEnrollment", null, program.startDate(), page);
        }

        private void matching() {
            PairTally tally = pairs.of(program.id());
            if (tally.proposed() > 0) {
                item("todo.admin.review", tally.proposed(), program.startDate(), page + "/pairing");
            } else if (tally.agreed() == 0) {
                item("todo.admin.runPairing", null, program.startDate(), page + "/pairing");
            } else {
                item("todo.admin.start", tally.agreed(), program.startDate(), page);
            }
        }

        private void running() {
            PairTally tally = pairs.of(program.id());
            if (tally.flagged() > 0) {
                item("todo.admin.flagged", tally.flagged(), today, page + "/pairing#agreed-heading");
            }
            long quiet = board.count(program, ActivityStatus.QUIET);
            if (quiet > 0) {
                item("todo.admin.quiet", quiet, today, page + "/status?status=QUIET");
            }
            int late = agreements.of(program.id()).overdue();
            if (late > 0) {
                item("todo.admin.agreements", late, today, page + "/agreements?overdue=true");
            }
            assessmentsToOpen();
            if (today.isAfter(program.endDate())) {
                item("todo.admin.complete", null, program.endDate(), page);
            }
        }

        private void assessmentsToOpen() {
            boolean assessed = !program.assessment().menteeSkillsRated().isEmpty()
                    || !program.assessment().mentorSkillsRated().isEmpty();
            if (!assessed) {
                return;
            }
            Set<AssessmentPhase> opened = assessments.phasesWithAWindow(program.id());
            if (!opened.contains(AssessmentPhase.PRE)) {
                item("todo.admin.preAssessment", null, program.startDate(), page + "/assessments");
            }
            LocalDate postDue = program.endDate().minusDays(POST_ASSESSMENT_LEAD_DAYS);
            if (!opened.contains(AssessmentPhase.POST) && !today.isBefore(postDue)) {
                item("todo.admin.postAssessment", null, postDue, page + "/assessments");
            }
        }

        private void completed() {
            if (!outcomes.anyRecorded(program.id())) {
                item("todo.admin.outcomes", null, program.endDate().plusDays(30), page + "/outcomes");
            }
        }

        private void item(String key, Object count, LocalDate due, String link) {
            List<Object> args = new ArrayList<>();
            args.add(program.name());
            if (count != null) {
                args.add(count);
            }
            items.add(new ToDo(key, args, due, link, ToDo.State.TODO));
        }
    }
}
