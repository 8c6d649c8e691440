package org.upward.people;

/**
 * Published inside the merge's transaction before the duplicate is deleted: every feature that
 * refers to skills moves its references from {@code duplicateId} to {@code targetId} on hearing it.
 */
public record SkillsMerged(long duplicateId, long targetId) {}
