package org.upward.intake.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.upward.enrollment.Side;
import org.upward.intake.ApplicationRequest;
import org.upward.intake.ApplicationStatus;
import org.upward.intake.ApplicationView;
import tools.jackson.core.type.TypeReference;

/** One stored application with its applicant's email and name. */
record ApplicationRow(
        long id,
        long programId,
        long personId,
        String email,
        String name,
        Side side,
        ApplicationStatus status,
        String answers,
        String profile,
        String managerEmail,
        String managerDecision,
        String managerReason,
        String declineReason,
        Instant appliedAt) {

    static final String APPROVED = "APPROVED";
    static final String DECLINED = "DECLINED";

    Map<String, String> answerMap() {
        return IntakeStore.JSON.readValue(answers, new TypeReference<LinkedHashMap<String, String>>() {});
    }

    ApplicationRequest request() {
        return IntakeStore.JSON.readValue(profile, ApplicationRequest.class);
    }

    /** Whether the manager still has to approve (they were asked and have not answered). */
    boolean awaitsManager() {
        return managerEmail != null && managerDecision == null;
    }

    ApplicationView view() {
        return new ApplicationView(
                id,
                programId,
                email,
                name,
                side,
                status,
                answerMap(),
                managerEmail,
                managerDecision,
                managerReason,
                declineReason,
                appliedAt);
    }
}
