package org.upward.enrollment;

/** How a participant likes to work with people. */
public enum WorkStyle {
    INTROVERT,
    AMBIVERT,
    EXTROVERT
}
