package org.upward.program;

/** Whether an objective was reached: met, uncertain (the evidence straddles the target) or not met. */
public enum ObjectiveVerdict {
    MET,
    UNCERTAIN,
    NOT_MET
}
