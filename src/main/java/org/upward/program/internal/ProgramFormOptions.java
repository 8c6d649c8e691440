package org.upward.program.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.upward.people.People;
import org.upward.people.People.PersonChoice;
import org.upward.people.SkillCatalog;
import org.upward.people.SkillCategory;
import org.upward.people.SkillView;

/** What the program form offers to choose from: active catalog skills and likely sponsors. */
@Component
class ProgramFormOptions {

    private static final int SPONSOR_CHOICES = 300;

    private final SkillCatalog skills;
    private final People people;

    ProgramFormOptions(SkillCatalog skills, People people) {
        this.skills = skills;
        this.people = people;
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
