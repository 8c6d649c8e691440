package org.upward.pairing.engine;

/** How a participant likes to work with people; declared in order so that neighbours are adjacent styles. */
public enum WorkStyle {
    INTROVERT,
    AMBIVERT,
    EXTROVERT
}
