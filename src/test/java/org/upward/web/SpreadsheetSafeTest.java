package org.upward.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.upward.shared.SpreadsheetSafe;

class SpreadsheetSafeTest {

    private static final List<String> RISKY = List.of("=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1");

    @Test
    void textThatASpreadsheetWouldRunGetsAnApostrophe() {
        for (String risky : RISKY) {
            assertThat(SpreadsheetSafe.text(risky)).isEqualTo("'" + risky);
            assertThat(SpreadsheetSafe.cell(risky)).isEqualTo("'" + risky);
        }
        assertThat(SpreadsheetSafe.text("fine = ok")).isEqualTo("fine = ok");
        assertThat(SpreadsheetSafe.text(" =1+1")).isEqualTo(" =1+1");
        assertThat(SpreadsheetSafe.text(null)).isEmpty();
    }

    @Test
    void numbersAndFlagsStayAsTheyAre() {
        assertThat(SpreadsheetSafe.cell(-1.5)).isEqualTo(-1.5);
        assertThat(SpreadsheetSafe.cell(new BigDecimal("-2"))).isEqualTo(new BigDecimal("-2"));
        assertThat(SpreadsheetSafe.cell(true)).isEqualTo(true);
        assertThat(SpreadsheetSafe.cell(null)).isNull();
    }

    @Test
    void anImportTakesOffOnlyTheApostropheTheExportAdded() {
        for (String risky : RISKY) {
            assertThat(SpreadsheetSafe.imported(SpreadsheetSafe.text(risky))).isEqualTo(risky);
        }
        assertThat(SpreadsheetSafe.imported("'tis the season")).isEqualTo("'tis the season");
        assertThat(SpreadsheetSafe.imported("'")).isEqualTo("'");
        assertThat(SpreadsheetSafe.imported("O'Brien")).isEqualTo("O'Brien");
    }
}
