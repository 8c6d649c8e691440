package org.upward.survey.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.upward.survey.WaveRequest;

/** The admin page's wave form: name, dates, and (when scheduling) comparison emails one per line. */
record WaveForm(
        String wave,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate opensOn,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate closesOn,
        String comparisonEmails) {

    WaveRequest toRequest() {
        return new WaveRequest(wave, opensOn, closesOn, comparisonEmails == null ? null : emails(comparisonEmails));
    }

    static List<String> emails(String text) {
        return Arrays.stream(text.split("[\\s,;]+")).filter(s -> !s.isBlank()).toList();
    }
}
