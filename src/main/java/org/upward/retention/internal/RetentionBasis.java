package org.upward.retention.internal;

/** What a kind's months are counted from. */
enum RetentionBasis {
    PROGRAM_COMPLETED,
    PERSON_LEFT,
    ENTRY_DATE
}
