package org.upward.impact;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Per pair: its match score against its average feedback and average check-in rating. */
@Component
class MatchQualityQuery {

    private static final String SQL =
            """
            select p.score,
                   (select avg(f.rating) from mentoring_session s join session_feedback f on f.session_id = s.id
                     where s.pair_id = p.id) as feedback,
                   (select avg(c.rating) from pair_check_in c where c.pair_id = p.id) as check_in
            from mentoring_pair p
            where p.program_id = ? and p.status in ('ACTIVE', 'DISSOLVED')
            """;

    private final JdbcTemplate jdbc;

    MatchQualityQuery(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    MatchQuality of(long programId) {
        List<double[]> rows = jdbc.query(
                SQL,
                (rs, row) -> new double[] {
                    rs.getDouble("score"), nullable(rs.getObject("feedback")), nullable(rs.getObject("check_in"))
                },
                programId);
        return new MatchQuality(
                MatchQuality.CorrelationFigure.of(correlate(rows, 1), "feedback"),
                MatchQuality.CorrelationFigure.of(correlate(rows, 2), "check-ins"));
    }

    private static Correlation correlate(List<double[]> rows, int column) {
        List<double[]> answered =
                rows.stream().filter(row -> !Double.isNaN(row[column])).toList();
        return Correlation.of(
                answered.stream().mapToDouble(row -> row[0]).toArray(),
                answered.stream().mapToDouble(row -> row[column]).toArray());
    }

    private static double nullable(Object value) {
        return value == null ? Double.NaN : ((Number) value).doubleValue();
    }
}
