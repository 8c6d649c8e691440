package org.upward.assessment.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upward.assessment.AssessmentPhase;
import org.upward.assessment.AssessmentWindows;
import org.upward.assessment.WindowRequest;
import org.upward.program.ProgramService;
import org.upward.program.ProgramView;
import org.upward.shared.ConflictException;
import org.upward.shared.FieldProblem;
import org.upward.shared.InvalidFieldsException;
import org.upward.shared.UiText;

/**
 * The admin's assessment windows: at most one per phase and program (opening a second one is a 409;
 * change the existing one instead), with response rates and reminders to those who have not answered.
 */
@Service
class AssessmentWindowService implements AssessmentWindows {

    private final AssessmentWindowRepository windows;
    private final ProgramService programs;
    private final ResponseRates rates;
    private final AssessmentNotices notices;
    private final Clock clock;

    AssessmentWindowService(
            AssessmentWindowRepository windows,
            ProgramService programs,
            ResponseRates rates,
            AssessmentNotices notices,
            Clock clock) {
        this.windows = windows;
        this.programs = programs;
        this.rates = rates;
        this.notices = notices;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<WindowView> list(long programId) {
        ProgramView program = programs.get(programId);
        return windows.findByProgramIdOrderByPhase(programId).stream()
                .map(window -> view(program, window))
                .toList();
    }

    /** The phases the program has a window for, without their response rates (cheap, for to-do lists). */
    @Transactional(readOnly = true)
    public Set<AssessmentPhase> phasesWithAWindow(long programId) {
        Set<AssessmentPhase> phases = EnumSet.noneOf(AssessmentPhase.class);
        windows.findByProgramIdOrderByPhase(programId).forEach(window -> phases.add(window.getPhase()));
        return phases;
    }

    /**
     * Opens the phase's window. When it is open today, every participant with skills to rate is told at
     * once; a window that opens later is announced with "remind non-responders" once it is open.
     */
    @Transactional
    public void open(long programId, WindowRequest request) {
        create(programs.get(programId), request);
    }

    /** Opens the phase's window as {@link #open} does, and answers it as the API shows it. */
    @Transactional
    public WindowView openAndView(long programId, WindowRequest request) {
        ProgramView program = programs.get(programId);
        return view(program, create(program, request));
    }

    private AssessmentWindow create(ProgramView program, WindowRequest request) {
        long programId = program.id();
        List<FieldProblem> problems = new ArrayList<>();
        AssessmentPhase phase = AssessmentPhase.parse(request.phase()).orElse(null);
        if (phase == null) {
            problems.add(new FieldProblem("phase", UiText.of("assessment.error.choosePreBeforeTheProgramOr")));
        }
        problems.addAll(WindowRules.dateProblems(request));
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
        if (windows.findByProgramIdAndPhase(programId, phase).isPresent()) {
            throw new ConflictException(
                    UiText.of("assessment.conflict.windowAlreadyOpen"),
                    UiText.of("assessment.error.alreadyHasAAssessmentWindowChange", program.name(), phase));
        }
        AssessmentWindow window = new AssessmentWindow(programId, phase, clock.instant());
        window.change(request.opensOn(), request.closesOn(), clock.instant());
        windows.saveAndFlush(window);
        if (window.isOpenOn(today())) {
            notices.assessmentOpen(remindable(program, window), program, window);
        }
        return window;
    }

    /** New dates for an existing window; moving the closing date back closes it early. */
    @Transactional
    public WindowView change(long programId, AssessmentPhase phase, WindowRequest request) {
        ProgramView program = programs.get(programId);
        List<FieldProblem> problems = WindowRules.dateProblems(request);
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
        AssessmentWindow window = find(programId, phase);
        window.change(request.opensOn(), request.closesOn(), clock.instant());
        windows.saveAndFlush(window);
        return view(program, window);
    }

    /** Closes an open window: no answers after today (its closing date becomes yesterday). */
    @Transactional
    public WindowView close(long programId, AssessmentPhase phase) {
        AssessmentWindow window = find(programId, phase);
        if (!window.isOpenOn(today())) {
            throw new ConflictException(
                    UiText.of("assessment.conflict.windowNotOpen"),
                    UiText.of("assessment.error.theAssessmentIsNotOpenSo", phase));
        }
        LocalDate yesterday = today().minusDays(1);
        window.change(
                window.getOpensOn().isAfter(yesterday) ? yesterday : window.getOpensOn(), yesterday, clock.instant());
        windows.saveAndFlush(window);
        return view(programs.get(programId), window);
    }

    /** Tells every participant who has not rated all their skills yet; answers how many were told. */
    @Transactional
    public int remindNonResponders(long programId, AssessmentPhase phase) {
        ProgramView program = programs.get(programId);
        AssessmentWindow window = find(programId, phase);
        if (!window.isOpenOn(today())) {
            throw new ConflictException(
                    UiText.of("assessment.conflict.windowNotOpen"), WindowRules.notOpen(window, today()));
        }
        List<String> emails = remindable(program, window);
        notices.assessmentOpen(emails, program, window);
        return emails.size();
    }

    private List<String> remindable(ProgramView program, AssessmentWindow window) {
        return rates.progress(program, window.getPhase()).stream()
                .filter(p -> !p.complete())
                .map(p -> p.participant().email())
                .toList();
    }

    private AssessmentWindow find(long programId, AssessmentPhase phase) {
        programs.get(programId);
        return windows.findByProgramIdAndPhase(programId, phase).orElseThrow(() -> new WindowNotFoundException(phase));
    }

    private WindowView view(ProgramView program, AssessmentWindow window) {
        return new WindowView(
                program.id(),
                window.getPhase(),
                window.getOpensOn(),
                window.getClosesOn(),
                window.state(today()),
                rates.rates(rates.progress(program, window.getPhase())));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
