package org.upward.survey.internal;

import java.util.Map;
import java.util.UUID;
import org.upward.enrollment.Side;
import org.upward.survey.RespondentGroup;

/** One anonymous response as stored: no person, no time. */
record ResponseRow(
        UUID respondentKey,
        long waveId,
        RespondentGroup group,
        Side side,
        int collaboration,
        int satisfaction,
        int intergenerationalCommunication,
        int recommend,
        String comments,
        Map<String, Object> custom) {}
