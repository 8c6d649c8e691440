package org.upward.assessment.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upward.assessment.AssessmentToDos;
import org.upward.assessment.OpenAssessment;
import org.upward.enrollment.ProgramParticipants;
import org.upward.program.ProgramService;
import org.upward.program.ProgramView;
import org.upward.security.UpwardUser;

/** The assessments open today for a participant, in every program they take part in. */
@Service
class AssessmentToDoList implements AssessmentToDos {

    private final ProgramParticipants participants;
    private final AssessmentWindowRepository windows;
    private final Assessments assessments;
    private final ProgramService programs;
    private final Clock clock;

    AssessmentToDoList(
            ProgramParticipants participants,
            AssessmentWindowRepository windows,
            Assessments assessments,
            ProgramService programs,
            Clock clock) {
        this.participants = participants;
        this.windows = windows;
        this.assessments = assessments;
        this.programs = programs;
        this.clock = clock;
    }

    /** Open self-assessments the person has skills to rate in, soonest closing first. */
    @Transactional(readOnly = true)
    public List<OpenAssessment> openFor(UpwardUser me) {
        LocalDate today = LocalDate.now(clock);
        List<Long> programIds = participants.programsOf(me.email());
        List<OpenAssessment> open = new ArrayList<>();
        if (programIds.isEmpty()) {
            return open;
        }
        for (AssessmentWindow window : windows.findByProgramIdIn(programIds)) {
            if (!window.isOpenOn(today)) {
                continue;
            }
            ProgramView program = programs.get(window.getProgramId());
            assessments
                    .phase(program.id(), window.getPhase(), me)
                    .map(answers -> answers.get(0))
                    .filter(self -> self.total() > 0)
                    .ifPresent(self -> open.add(new OpenAssessment(
                            program.id(),
                            program.name(),
                            window.getPhase(),
                            window.getClosesOn(),
                            self.rated(),
                            self.total(),
                            AssessmentLinks.form(program.id(), window.getPhase()))));
        }
        open.sort((a, b) -> a.closesOn().compareTo(b.closesOn()));
        return open;
    }
}
