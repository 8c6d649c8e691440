package org.upward.sessions;

/** How a pair met. */
public enum SessionFormat {
    IN_PERSON,
    VIDEO,
    LUNCH_AND_LEARN
}
