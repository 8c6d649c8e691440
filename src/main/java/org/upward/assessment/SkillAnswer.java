package org.upward.assessment;

import java.time.LocalDate;

/** One skill of a set and the level given to it, if any yet. */
public record SkillAnswer(String skill, Integer level, LocalDate answeredOn) {}
