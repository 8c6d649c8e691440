package org.upward.survey;

/** Who answered a wave: a participant of the program, or a member of the comparison group. */
public enum RespondentGroup {
    PARTICIPANT,
    COMPARISON
}
