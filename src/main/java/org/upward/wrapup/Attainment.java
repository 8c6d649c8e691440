package org.upward.wrapup;

/** How far a goal of the pair's agreement got, in its author's view. */
public enum Attainment {
    ACHIEVED,
    PARTLY,
    NOT_ACHIEVED
}
