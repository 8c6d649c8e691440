package org.upward.impact.internal;

import java.math.BigDecimal;
import org.upward.program.ObjectiveMeasure;

/**
 * One objective judged: {@code index} from 0, the measure it is judged by, the verdict and the evidence (null
 * when not known or from fewer than five people), and why it is not known yet ({@code reason}), or the admin's
 * evidence for a qualitative verdict.
 */
record ObjectiveResult(
        int index,
        String statement,
        ObjectiveMeasure measure,
        Judgement verdict,
        Double value,
        Double low,
        Double high,
        Long n,
        BigDecimal target,
        String reason) {}
