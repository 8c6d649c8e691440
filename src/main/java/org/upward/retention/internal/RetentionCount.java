package org.upward.retention.internal;

import org.upward.people.PersonalDataKind;

/**
 * How many rows of a kind a run removes (or removed): {@code applied} is false for a kind the run does not act on
 * yet (leavers), {@code failed} true for a step that was rolled back.
 */
record RetentionCount(PersonalDataKind kind, int months, long count, boolean applied, boolean failed) {}
