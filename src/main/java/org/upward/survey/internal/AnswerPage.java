package org.upward.survey.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.upward.survey.SurveyItemView;
import org.upward.survey.WaveStatus;

/** What the answering page shows: the wave, whether it can be answered now, the items and the caller's draft. */
record AnswerPage(
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
