package org.upward.survey;

import java.util.Map;
import java.util.UUID;
import org.upward.enrollment.Side;

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
