package org.upward.agreement.internal;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;
import org.upward.agreement.AgreementView;
import org.upward.agreement.AgreementView.Goal;
import org.upward.agreement.AgreementView.GoalStatus;
import org.upward.pairing.PairAccess.PairRef;
import org.upward.people.People;
import org.upward.people.PersonRef;
import org.upward.program.ObjectiveView;
import org.upward.program.ProgramService;
import org.upward.program.ProgramView;
import org.upward.security.UpwardUser;

/**
 * A pair's agreement as the caller sees it: the saved one, or the program's template before the first save; who
 * confirmed it, by email; and whether the caller may still change or confirm it.
 */
@Component
class AgreementViews {

    private final AgreementTemplates templates;
    private final ProgramService programs;
    private final People people;

    AgreementViews(AgreementTemplates templates, ProgramService programs, People people) {
        this.templates = templates;
        this.programs = programs;
        this.people = people;
    }

    AgreementView of(PairRef pair, PairAgreement agreement, UpwardUser me) {
        ProgramView program = programs.get(pair.programId());
        boolean partner = pair.isPartner(me.email());
        boolean editable = partner && pair.isAgreed() && !program.status().isOver();
        List<String> objectives =
                program.objectives().stream().map(ObjectiveView::statement).toList();
        List<String> skills = List.copyOf(AgreementRules.focusSkills(program).values());
        if (agreement == null) {
            return new AgreementView(
                    pair.id(),
                    templates.textFor(pair.programId()),
                    templates.defaultRhythm(program),
                    List.of(),
                    List.of(),
                    0,
                    false,
                    editable,
                    false,
                    objectives,
                    skills);
        }
        Map<Long, PersonRef> confirmers = people.byIds(agreement.getConfirmedBy());
        List<String> confirmedBy = agreement.getConfirmedBy().stream()
                .map(confirmers::get)
                .filter(Objects::nonNull)
                .map(PersonRef::email)
                .toList();
        return new AgreementView(
                pair.id(),
                agreement.getText(),
                agreement.getMeetingRhythm(),
                agreement.getGoals().stream()
                        .map(g -> new Goal(
                                g.getId(),
                                g.getStatement(),
                                g.getObjectiveIndex(),
                                g.getSkill(),
                                GoalStatus.valueOf(g.getStatus())))
                        .toList(),
                confirmedBy,
                agreement.getVersion(),
                true,
                editable,
                partner && confirmedBy.contains(People.normalizeEmail(me.email())),
                objectives,
                skills);
    }
}
