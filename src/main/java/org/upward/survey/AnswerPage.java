package org.upward.survey;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** What the answering page shows: the wave, whether it can be answered now, the items and the caller's draft. */
public record AnswerPage(
        long programId,
        String programName,
        String wave,
        LocalDate opensOn,
        LocalDate closesOn,
        WaveStatus status,
        boolean answered,
        List<SurveyItemView> items,
        Map<String, String> draft) {

    public boolean answerable() {
        return status == WaveStatus.OPEN && !answered;
    }
}
