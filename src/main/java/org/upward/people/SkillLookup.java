package org.upward.people;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read access to catalog skills for other features, which refer to skills by name. */
@Service
public class SkillLookup {

    private final EntityManager entities;

    SkillLookup(EntityManager entities) {
        this.entities = entities;
    }

    /** The skill with that name, ignoring case and surrounding blanks; retired skills included. */
    @Transactional(readOnly = true)
    public Optional<Skill> findByName(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        return entities.createQuery("select s from Skill s where lower(s.name) = lower(:name)", Skill.class)
                .setParameter("name", name.trim().replaceAll("\\s+", " "))
                .getResultStream()
                .findFirst();
    }

    /** Every skill that can still be chosen, by category and name. */
    @Transactional(readOnly = true)
    public List<SkillView> active() {
        return entities.createQuery(
                        "select s from Skill s where s.retired = false order by s.category, s.name", Skill.class)
                .getResultStream()
                .map(SkillView::of)
                .toList();
    }
}
