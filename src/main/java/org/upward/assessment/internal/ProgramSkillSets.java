package org.upward.assessment.internal;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.upward.enrollment.Side;
import org.upward.people.SkillCatalog;
import org.upward.people.SkillView;
import org.upward.program.AssessmentSettingsView;
import org.upward.program.ProgramView;

/** Which skills each side of a program rates, from the program's assessment settings. */
@Component
class ProgramSkillSets {

    private final SkillCatalog catalog;

    ProgramSkillSets(SkillCatalog catalog) {
        this.catalog = catalog;
    }

    SkillSet of(ProgramView program, Side side) {
        AssessmentSettingsView settings = program.assessment();
        return SkillSet.of(
                side == Side.MENTEE ? settings.menteeSkillsRated() : settings.mentorSkillsRated(), idsByLowerName());
    }

    Map<Side, SkillSet> both(ProgramView program) {
        return Map.of(Side.MENTEE, of(program, Side.MENTEE), Side.MENTOR, of(program, Side.MENTOR));
    }

    private Map<String, Long> idsByLowerName() {
        return catalog.all().stream()
                .collect(Collectors.toMap(s -> s.name().toLowerCase(Locale.ROOT), SkillView::id, (a, b) -> a));
    }
}
