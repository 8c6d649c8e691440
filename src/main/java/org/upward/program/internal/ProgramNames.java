package org.upward.program.internal;

import java.util.Map;
import org.upward.people.PersonRef;
import org.upward.people.SkillView;

/** The sponsors and skills that programs refer to by id, looked up once for all the programs shown. */
record ProgramNames(Map<Long, PersonRef> sponsors, Map<Long, SkillView> skills) {

    PersonRef sponsor(Long id) {
        return id == null ? null : sponsors.get(id);
    }

    String skill(long id) {
        return skills.get(id).name();
    }
}
