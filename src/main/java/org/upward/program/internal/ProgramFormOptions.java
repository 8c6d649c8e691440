package org.upward.program.internal;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.upward.people.People;
import org.upward.people.People.PersonChoice;
import org.upward.people.SkillCatalog;
import org.upward.people.SkillCategory;
import org.upward.people.SkillView;
import org.upward.program.ObjectiveMeasure;
import org.upward.program.ScheduledWaves;
import org.upward.shared.UiText;

/**
 * What the program form offers to choose from: active catalog skills, likely sponsors and, for measures, the
 * kinds, sides, survey questions and the waves scheduled (a new program has none yet).
 */
@Component
class ProgramFormOptions {

    private static final int SPONSOR_CHOICES = 300;

    private final SkillCatalog skills;
    private final People people;
    private final ObjectProvider<ScheduledWaves> waves;

    ProgramFormOptions(SkillCatalog skills, People people, ObjectProvider<ScheduledWaves> waves) {
        this.skills = skills;
        this.people = people;
        this.waves = waves;
    }

    List<ObjectiveMeasure.Kind> measureKinds() {
        return Arrays.stream(ObjectiveMeasure.Kind.values())
                .filter(kind -> kind != ObjectiveMeasure.Kind.QUALITATIVE)
                .toList();
    }

    /** The waves a survey measure can name (not BASELINE: change is measured from it), name → words. */
    Map<String, String> measureWaves(Long programId) {
        ScheduledWaves scheduled = waves.getIfAvailable();
        if (programId == null || scheduled == null) {
            return Map.of();
        }
        Map<String, String> shown = new LinkedHashMap<>();
        scheduled.of(programId).stream()
                .filter(name -> !name.equals(MeasureRules.BASELINE))
                .sorted()
                .forEach(name -> shown.put(name, UiText.ofOr("survey.wave.name." + name, name)));
        return shown;
    }

    Map<SkillCategory, List<String>> skillsByCategory() {
        return skills.active().stream()
                .collect(Collectors.groupingBy(
                        SkillView::category,
                        LinkedHashMap::new,
                        Collectors.mapping(SkillView::name, Collectors.toList())));
    }

    List<PersonChoice> sponsorCandidates() {
        return people.mostSenior(SPONSOR_CHOICES);
    }
}
