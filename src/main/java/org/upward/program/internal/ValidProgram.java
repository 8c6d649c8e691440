package org.upward.program.internal;

import java.util.List;
import org.upward.program.ProgramRequest;

/**
 * A request that passed validation, with the ids of its sponsor (null for none), of each objective's focus skills,
 * each objective's measure (null for none) and the assessed skills looked up.
 */
record ValidProgram(
        ProgramRequest request,
        Long sponsorId,
        List<List<Long>> focusSkillIds,
        List<ValidMeasure> measures,
        List<Long> menteeSkillIds,
        List<Long> mentorSkillIds) {}
