package org.upward.intake;

import java.time.Instant;
import java.util.Map;
import org.upward.enrollment.Side;

/** An application as the API and pages show it; the manager fields are null when no approval is asked. */
public record ApplicationView(
        long id,
        long programId,
        String email,
        String name,
        Side side,
        ApplicationStatus status,
        Map<String, String> answers,
        String managerEmail,
        String managerDecision,
        String managerReason,
        String declineReason,
        Instant appliedAt) {}
