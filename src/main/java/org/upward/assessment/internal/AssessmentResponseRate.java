package org.upward.assessment.internal;

import org.upward.enrollment.Side;

/**
 * How one side answered one window: {@code responded} rated every skill of their set, {@code started}
 * rated some but not all, out of {@code expected} participants of that side (who have skills to rate).
 */
record AssessmentResponseRate(Side side, long responded, long started, long expected) {

    /** Responded as a whole percentage of expected; 0 when nobody is expected. */
    public int percent() {
        return expected == 0 ? 0 : (int) Math.round(100.0 * responded / expected);
    }
}
