package org.upward.messaging;

import java.util.List;

/**
 * A message Upward sends a program's people, with the placeholders its text may use. Shown by its words
 * ({@code messaging.kind.<NAME>}), never by this name.
 */
public enum MessageKind {
    LAUNCH_ANNOUNCEMENT("firstName", "programName", "startDate", "endDate", "link"),
    APPLICATION_RECEIVED("firstName", "programName", "link"),
    APPLICATION_ACCEPTED("firstName", "programName", "link"),
    APPLICATION_DECLINED("firstName", "programName", "link"),
    APPLICATION_WAITLISTED("firstName", "programName", "link"),
    /** To an applicant's manager, when the program asks their approval first. */
    MANAGER_APPROVAL_REQUEST("firstName", "applicantName", "programName", "link"),
    APPLICATION_MANAGER_APPROVED("firstName", "programName", "link"),
    PAIR_INTRODUCED_TO_MENTOR("firstName", "programName", "partnerName", "partnerEmail", "link"),
    PAIR_INTRODUCED_TO_MENTEE("firstName", "programName", "partnerName", "partnerEmail", "link"),
    INTRO_CHAT_REMINDER("firstName", "programName", "partnerName", "link"),
    CHECK_IN_REMINDER("firstName", "programName", "partnerName", "periodEnd", "link"),
    OVERDUE_REMINDER("firstName", "programName", "partnerName", "periodEnd", "link"),
    OVERDUE_SINCE_REMINDER("firstName", "programName", "partnerName", "periodEnd", "lastSession", "link"),
    ASSESSMENT_OPEN("firstName", "programName", "phase", "closesOn", "link"),
    SURVEY_REMINDER("firstName", "programName", "surveyName", "closesOn", "link"),
    WRAP_UP_DUE("firstName", "programName", "partnerName", "closesOn", "link"),
    SPONSOR_SUMMARY("firstName", "programName", "day", "startDate", "endDate", "results", "link"),
    SPONSOR_FINAL_SUMMARY("firstName", "programName", "startDate", "endDate", "results", "link");

    private final List<String> placeholders;

    MessageKind(String... placeholders) {
        this.placeholders = List.of(placeholders);
    }

    /** Whether it goes to the program's sponsor, not to its participants. */
    public boolean toSponsor() {
        return this == SPONSOR_SUMMARY || this == SPONSOR_FINAL_SUMMARY;
    }

    /** The placeholder names its subject and text may use, such as {@code firstName} for {@code {firstName}}. */
    public List<String> placeholders() {
        return placeholders;
    }
}
