package org.upward.retention.internal;

import java.util.Map;
import org.upward.people.PersonalDataKind;

/**
 * The policy page's form: each kind's months (the service checks the bounds), and whether the admin confirmed a
 * shorter period after seeing what the next run would then remove.
 */
class RetentionForm {

    private Integer privateReflections;
    private Integer sessionTexts;
    private Integer applicationAnswers;
    private Integer notifications;
    private Integer auditEntries;
    private Integer leavers;
    private boolean confirmed;

    static RetentionForm of(Map<PersonalDataKind, Integer> months) {
        RetentionForm form = new RetentionForm();
        form.privateReflections = months.get(PersonalDataKind.PRIVATE_REFLECTIONS);
        form.sessionTexts = months.get(PersonalDataKind.SESSION_TEXTS);
        form.applicationAnswers = months.get(PersonalDataKind.APPLICATION_ANSWERS);
        form.notifications = months.get(PersonalDataKind.NOTIFICATIONS);
        form.auditEntries = months.get(PersonalDataKind.AUDIT_ENTRIES);
        form.leavers = months.get(PersonalDataKind.LEAVERS);
        return form;
    }

    RetentionPolicyRequest toRequest() {
        return new RetentionPolicyRequest(
                privateReflections, sessionTexts, applicationAnswers, notifications, auditEntries, leavers);
    }

    /** Whether any kind would be kept for less time than now. */
    boolean shortens(Map<PersonalDataKind, Integer> current) {
        return toRequest().months().entrySet().stream()
                .anyMatch(wanted -> wanted.getValue() < current.getOrDefault(wanted.getKey(), 0));
    }

    public Integer getPrivateReflections() {
        return privateReflections;
    }

    public void setPrivateReflections(Integer privateReflections) {
        this.privateReflections = privateReflections;
    }

    public Integer getSessionTexts() {
        return sessionTexts;
    }

    public void setSessionTexts(Integer sessionTexts) {
        this.sessionTexts = sessionTexts;
    }

    public Integer getApplicationAnswers() {
        return applicationAnswers;
    }

    public void setApplicationAnswers(Integer applicationAnswers) {
        this.applicationAnswers = applicationAnswers;
    }

    public Integer getNotifications() {
        return notifications;
    }

    public void setNotifications(Integer notifications) {
        this.notifications = notifications;
    }

    public Integer getAuditEntries() {
        return auditEntries;
    }

    public void setAuditEntries(Integer auditEntries) {
        this.auditEntries = auditEntries;
    }

    public Integer getLeavers() {
        return leavers;
    }

    public void setLeavers(Integer leavers) {
        this.leavers = leavers;
    }

    public boolean isConfirmed() {
        return confirmed;
    }

    public void setConfirmed(boolean confirmed) {
        this.confirmed = confirmed;
    }
}
