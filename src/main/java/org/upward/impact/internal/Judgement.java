package org.upward.impact.internal;

/**
 * Whether an objective was reached, by its evidence: MET when the 95% interval's lower end is at or above the
 * target, NOT_MET when its upper end is below it, UNCERTAIN when it straddles it, and NOT_YET_KNOWN without
 * enough data (no data, the window or wave not closed, fewer than five people).
 */
enum Judgement {
    MET,
    UNCERTAIN,
    NOT_MET,
    NOT_YET_KNOWN;

    static Judgement of(Evidence evidence, double target) {
        if (evidence.low() >= target) {
            return MET;
        }
        return evidence.high() < target ? NOT_MET : UNCERTAIN;
    }
}
