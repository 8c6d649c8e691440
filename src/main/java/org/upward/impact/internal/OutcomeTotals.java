package org.upward.impact.internal;

import java.math.BigDecimal;
import java.util.List;

/** Business outcomes by type with their value, and the return on the program's cost when it has one. */
record OutcomeTotals(List<ByType> byType, long count, BigDecimal totalValue, BigDecimal cost, Double roiPercent) {

    public record ByType(String type, long count, BigDecimal value) {}
}
