package org.upward.impact.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class NumberKeepingLineBreakerTest {

    @Test
    void aLineBreaksBetweenWordsButNeverInsideANumberOrBeforeItsPerCentSign() {
        assertThat(pieces("between +0.3 points and +1.2 points, 57 % of 25,000 pairs kept the check-in rhythm."))
                .containsExactly(
                        "between ",
                        "+0.3 ",
                        "points ",
                        "and ",
                        "+1.2 ",
                        "points, ",
                        "57 % ",
                        "of ",
                        "25,000 ",
                        "pairs ",
                        "kept ",
                        "the ",
                        "check-",
                        "in ",
                        "rhythm.");
    }

    @Test
    void aSentenceEndingInANumberStillBreaksAfterItsFullStop() {
        assertThat(pieces("It was 2.7. Then 3.")).containsExactly("It ", "was ", "2.7. ", "Then ", "3.");
    }

    private static List<String> pieces(String text) {
        NumberKeepingLineBreaker breaker = new NumberKeepingLineBreaker(Locale.ENGLISH);
        breaker.setText(text);
        List<String> pieces = new ArrayList<>();
        int start = 0;
        for (int end = breaker.next(); end != BreakIterator.DONE; end = breaker.next()) {
            pieces.add(text.substring(start, end));
            start = end;
        }
        return pieces;
    }
}
