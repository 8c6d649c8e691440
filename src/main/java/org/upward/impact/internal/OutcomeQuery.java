package org.upward.impact.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Business outcomes summed by type, and the return on investment: (total value − cost) ÷ cost, only once an
 * outcome is recorded (no outcome yet is "not known", not a loss of 100 %).
 */
@Component
class OutcomeQuery {

    static final List<String> TYPES =
            List.of("NEW_IDEA", "INITIATIVE_LAUNCHED", "EFFICIENCY_GAIN", "TRAINING_COST_AVOIDED");

    private final JdbcTemplate jdbc;

    OutcomeQuery(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    OutcomeTotals of(long programId, BigDecimal cost) {
        Map<String, OutcomeTotals.ByType> found = jdbc
                .query(
                        "select type, count(*), coalesce(sum(value), 0) from business_outcome where program_id = ?"
                                + " group by type",
                        (rs, row) -> new OutcomeTotals.ByType(rs.getString(1), rs.getLong(2), rs.getBigDecimal(3)),
                        programId)
                .stream()
                .collect(Collectors.toMap(OutcomeTotals.ByType::type, Function.identity()));
        List<OutcomeTotals.ByType> byType = TYPES.stream()
                .map(type -> found.getOrDefault(type, new OutcomeTotals.ByType(type, 0, BigDecimal.ZERO)))
                .toList();
        long count = byType.stream().mapToLong(OutcomeTotals.ByType::count).sum();
        BigDecimal total = byType.stream().map(OutcomeTotals.ByType::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        Double roi = cost == null || cost.signum() == 0 || count == 0
                ? null
                : total.subtract(cost)
                        .multiply(BigDecimal.valueOf(100))
                        .divide(cost, 1, RoundingMode.HALF_UP)
                        .doubleValue();
        return new OutcomeTotals(byType, count, total, cost, roi);
    }
}
