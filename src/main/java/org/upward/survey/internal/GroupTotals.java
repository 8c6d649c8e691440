package org.upward.survey.internal;

import java.util.Map;
import org.upward.survey.RespondentGroup;

/**
 * One group's answers to one wave, summed up by the database: how many answered, the mean of each standard
 * item, how many promoters (9–10) and detractors (0–6), and each SCALE item's count and mean by item id.
 */
record GroupTotals(
        RespondentGroup group,
        int n,
        double collaboration,
        double satisfaction,
        double intergenerationalCommunication,
        double recommend,
        long promoters,
        long detractors,
        Map<String, ItemTotal> custom) {

    /** The answers to one custom SCALE item. */
    record ItemTotal(int n, double mean) {}

    static GroupTotals none(RespondentGroup group) {
        return new GroupTotals(group, 0, 0, 0, 0, 0, 0, 0, Map.of());
    }
}
