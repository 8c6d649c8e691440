package org.upward.people;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upward.web.ConflictException;

/** The skill catalog's public face. */
@Service
public class SkillCatalog {

    private final SkillRepository skills;

    SkillCatalog(SkillRepository skills) {
        this.skills = skills;
    }

    @Transactional(readOnly = true)
    public Page<SkillView> list(Pageable pageable) {
        return skills.findAllByOrderByCategoryAscNameAsc(pageable).map(SkillView::of);
    }

    @Transactional
    public SkillView add(NewSkill request) {
        String name = request.name().trim().replaceAll("\\s+", " ");
        if (skills.existsByNameIgnoreCase(name)) {
            throw new ConflictException("Duplicate skill", "The catalog already has a skill named '" + name + "'.");
        }
        return SkillView.of(skills.save(new Skill(name, request.category())));
    }
}
