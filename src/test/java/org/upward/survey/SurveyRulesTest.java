package org.upward.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.upward.enrollment.Side;
import org.upward.web.SpreadsheetSafe;

/** The survey's small rules without Spring: formula-safe text, wave status, the index and NPS. */
class SurveyRulesTest {

    @Test
    void textThatASpreadsheetWouldRunIsPrefixed() {
        for (String risky : List.of("=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx")) {
            assertThat(SpreadsheetSafe.text(risky)).isEqualTo("'" + risky);
        }
        assertThat(SpreadsheetSafe.text("fine = ok")).isEqualTo("fine = ok");
        assertThat(SpreadsheetSafe.text(null)).isEmpty();
    }

    @Test
    void aWaveIsOpenFromItsFirstToItsLastDayIncluded() {
        LocalDate opens = LocalDate.of(2027, 3, 1);
        LocalDate closes = LocalDate.of(2027, 3, 14);
        assertThat(WaveStatus.on(opens.minusDays(1), opens, closes)).isEqualTo(WaveStatus.SCHEDULED);
        assertThat(WaveStatus.on(opens, opens, closes)).isEqualTo(WaveStatus.OPEN);
        assertThat(WaveStatus.on(closes, opens, closes)).isEqualTo(WaveStatus.OPEN);
        assertThat(WaveStatus.on(closes.plusDays(1), opens, closes)).isEqualTo(WaveStatus.CLOSED);
    }

    private static ResponseRow row(int satisfaction, int recommend) {
        return new ResponseRow(
                UUID.randomUUID(),
                1,
                RespondentGroup.PARTICIPANT,
                Side.MENTOR,
                3,
                satisfaction,
                3,
                recommend,
                null,
                Map.of());
    }

    @Test
    void theSatisfactionIndexAndNpsFollowTheirFormulas() {
        List<ResponseRow> rows = List.of(row(5, 10), row(5, 9), row(3, 8), row(1, 6), row(2, 0));
        GroupResults results = SurveyResults.group(RespondentGroup.PARTICIPANT, rows, List.of());
        assertThat(results.suppressed()).isFalse();
        assertThat(results.satisfaction()).isEqualTo(3.2);
        assertThat(results.satisfactionIndex()).isEqualTo(55.0);
        assertThat(results.nps()).isZero();
        assertThat(results.recommend()).isEqualTo(6.6);
    }

    @Test
    void fewerThanFiveAnswersAreSuppressed() {
        GroupResults results = SurveyResults.group(
                RespondentGroup.COMPARISON, List.of(row(5, 10), row(4, 9), row(3, 8), row(2, 7)), List.of());
        assertThat(results.suppressed()).isTrue();
        assertThat(results.n()).isEqualTo(4);
        assertThat(results.satisfaction()).isNull();
        assertThat(results.nps()).isNull();
    }
}
