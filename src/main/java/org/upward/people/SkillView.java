package org.upward.people;

/** A catalog skill as the API and pages show it. */
public record SkillView(long id, String name, SkillCategory category, boolean retired, long version) {}
