package org.upward.survey;

import java.util.Map;

/**
 * One group's aggregate answers to one wave. Figures are null with {@code suppressed: true} when fewer
 * than 5 answered. {@code satisfactionIndex} = (mean satisfaction − 1) / 4 × 100, so 1 → 0 % and
 * 5 → 100 %; {@code nps} = % answering 9–10 minus % answering 0–6 (−100 to 100); {@code custom} holds
 * the mean of each SCALE item by item id.
 */
public record GroupResults(
        RespondentGroup group,
        int n,
        boolean suppressed,
        Double collaboration,
        Double satisfaction,
        Double satisfactionIndex,
        Double intergenerationalCommunication,
        Double recommend,
        Integer nps,
        Map<String, Double> custom) {}
