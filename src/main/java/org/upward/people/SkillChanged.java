package org.upward.people;

/** Published inside the transaction that renames, retires or brings back a skill. */
public record SkillChanged(long skillId, String name, boolean wasRetired, boolean retired) {}
