package org.upward.people;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The skill catalog as other modules may ask it: skills as records, which they refer to by id. */
public interface SkillCatalog {

    /** Every skill, retired ones included, by category and name. */
    List<SkillView> all();

    /** Every skill that can still be chosen, by category and name. */
    List<SkillView> active();

    /** The skill with that name, ignoring case and surrounding and repeated blanks; retired skills included. */
    Optional<SkillView> findByName(String name);

    /** The skills with those ids (unknown ids are left out), in name order. */
    Map<Long, SkillView> byIds(Collection<Long> ids);

    SkillView add(NewSkill skill);
}
