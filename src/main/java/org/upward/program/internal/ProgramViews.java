package org.upward.program.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.stereotype.Component;
import org.upward.people.People;
import org.upward.people.SkillCatalog;
import org.upward.program.ProgramView;

/** Programs as views, their sponsors and skills named with one look-up of each for all the programs shown. */
@Component
class ProgramViews {

    private final People people;
    private final SkillCatalog skills;

    ProgramViews(People people, SkillCatalog skills) {
        this.people = people;
        this.skills = skills;
    }

    List<ProgramView> of(List<Program> programs) {
        Set<Long> skillIds = new HashSet<>();
        programs.forEach(program -> skillIds.addAll(program.skillIds()));
        ProgramNames names = new ProgramNames(
                people.byIds(programs.stream()
                        .map(Program::getSponsorId)
                        .filter(Objects::nonNull)
                        .toList()),
                skills.byIds(skillIds));
        return programs.stream()
                .map(program -> program.view(ProgramLifecycle.nextStatuses(program.getStatus()), names))
                .toList();
    }

    Page<ProgramView> of(Page<Program> page) {
        return new PageImpl<>(of(page.getContent()), page.getPageable(), page.getTotalElements());
    }
}
