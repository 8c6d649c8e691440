package org.upward.assessment.internal;

import java.time.LocalDate;

/** One skill of a set and the level given to it, if any yet. */
record SkillAnswer(String skill, Integer level, LocalDate answeredOn) {}
