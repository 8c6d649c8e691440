package org.upward.people.internal;

/** Self-declared generation band; used only in aggregates. */
enum Generation {
    BOOMER,
    GEN_X,
    MILLENNIAL,
    GEN_Z
}
