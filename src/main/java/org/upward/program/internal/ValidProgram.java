package org.upward.program.internal;

import java.util.List;
import org.upward.people.Person;
import org.upward.people.Skill;
import org.upward.program.ProgramRequest;

/**
 * A request that passed validation, with its sponsor, each objective's focus skills and the assessed
 * skills looked up.
 */
record ValidProgram(
        ProgramRequest request,
        Person sponsor,
        List<List<Skill>> focusSkills,
        List<Skill> menteeSkills,
        List<Skill> mentorSkills) {}
