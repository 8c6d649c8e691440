package org.upward.sessions.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** A program's check-in periods: {@code weeks} long each, counted from the start date (period 0). */
record CadencePeriods(LocalDate start, int weeks) {

    CadencePeriods {
        if (weeks < 1) {
            throw new IllegalArgumentException("a cadence is at least one week");
        }
    }

    int indexOf(LocalDate date) {
        return (int) Math.floorDiv(ChronoUnit.DAYS.between(start, date), 7L * weeks);
    }

    LocalDate firstDay(int index) {
        return start.plusWeeks((long) index * weeks);
    }

    LocalDate lastDay(int index) {
        return firstDay(index + 1).minusDays(1);
    }
}
