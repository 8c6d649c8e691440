package org.upward.survey.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.upward.shared.SpreadsheetSafe;
import org.upward.survey.GroupResults;
import org.upward.survey.RespondentGroup;
import org.upward.survey.WaveStatus;

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

    /** Five answers: satisfaction 5, 5, 3, 1, 2 and recommend 10, 9, 8, 6, 0 (two promoters, two detractors). */
    private static GroupTotals fiveAnswers(int n) {
        return new GroupTotals(RespondentGroup.PARTICIPANT, n, 3, 3.2, 3, 6.6, 2, 2, Map.of());
    }

    @Test
    void theSatisfactionIndexAndNpsFollowTheirFormulas() {
        GroupResults results = SurveyResultsQuery.group(fiveAnswers(5), List.of());
        assertThat(results.suppressed()).isFalse();
        assertThat(results.satisfaction()).isEqualTo(3.2);
        assertThat(results.satisfactionIndex()).isEqualTo(55.0);
        assertThat(results.nps()).isZero();
        assertThat(results.recommend()).isEqualTo(6.6);
    }

    @Test
    void fewerThanFiveAnswersAreSuppressed() {
        GroupResults results = SurveyResultsQuery.group(fiveAnswers(4), List.of());
        assertThat(results.suppressed()).isTrue();
        assertThat(results.n()).isEqualTo(4);
        assertThat(results.satisfaction()).isNull();
        assertThat(results.nps()).isNull();
    }
}
