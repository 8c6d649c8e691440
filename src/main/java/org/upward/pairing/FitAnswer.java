package org.upward.pairing;

/** A partner's answer to the fit check after the intro chat. */
public enum FitAnswer {
    GOOD_FIT,
    NOT_SURE,
    NOT_A_FIT
}
