package org.upward.program;

import java.util.List;
import org.upward.people.Person;
import org.upward.people.Skill;

/** A request that passed validation, with its sponsor and each objective's focus skills looked up. */
record ValidProgram(ProgramRequest request, Person sponsor, List<List<Skill>> focusSkills) {}
