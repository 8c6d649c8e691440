package org.upward.people;

/** Self-declared generation band; used only in aggregates. */
public enum Generation {
    BOOMER,
    GEN_X,
    MILLENNIAL,
    GEN_Z
}
