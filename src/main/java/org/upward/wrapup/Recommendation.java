package org.upward.wrapup;

/** Whether the author would recommend the program to a colleague. */
public enum Recommendation {
    YES,
    MAYBE,
    NO
}
