package org.upward.impact.internal;

import com.openhtmltopdf.extend.FSTextBreaker;
import java.text.BreakIterator;
import java.util.Locale;

/**
 * Where the board pack may break a line: where Java's line rules allow, but never inside a number or between a
 * number and its per cent sign. Java's rules allow "+0.|3" after a sign, and openhtmltopdf's own breaker adds a
 * break after every full stop (for long addresses), so a range would read "+0." at the end of one line and "3
 * points" on the next.
 */
final class NumberKeepingLineBreaker implements FSTextBreaker {

    private final BreakIterator lines;
    private String text = "";

    NumberKeepingLineBreaker(Locale locale) {
        this.lines = BreakIterator.getLineInstance(locale);
    }

    @Override
    public void setText(String text) {
        this.text = text;
        lines.setText(text);
    }

    @Override
    public int next() {
        int at = lines.next();
        while (at != BreakIterator.DONE && insideNumber(at)) {
            at = lines.next();
        }
        return at;
    }

    /** "0.|3", "25,|000", "57 |%". */
    private boolean insideNumber(int at) {
        if (at < 2 || at >= text.length()) {
            return false;
        }
        char before = text.charAt(at - 1);
        char after = text.charAt(at);
        boolean afterDigit = Character.isDigit(text.charAt(at - 2));
        if ((before == '.' || before == ',') && Character.isDigit(after)) {
            return afterDigit;
        }
        return after == '%' && Character.isWhitespace(before) && afterDigit;
    }
}
