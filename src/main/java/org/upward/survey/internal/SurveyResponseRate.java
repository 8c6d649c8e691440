package org.upward.survey.internal;

/** How many of a group were invited and answered; {@code rate} is responded / invited (0–1), null if none invited. */
record SurveyResponseRate(int invited, int responded, Double rate) {

    static SurveyResponseRate of(int invited, int responded) {
        return new SurveyResponseRate(
                invited, responded, invited == 0 ? null : Math.round(1000.0 * responded / invited) / 1000.0);
    }

    /** The rate as a whole percentage for pages, or null. */
    public Long percent() {
        return rate == null ? null : Math.round(rate * 100);
    }
}
