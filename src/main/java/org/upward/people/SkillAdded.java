package org.upward.people;

/** Published inside the transaction that adds a skill to the catalog. */
public record SkillAdded(long skillId, String name) {}
