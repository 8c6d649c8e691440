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
    PAIR_INTRODUCED_TO_MENTOR("firstName", "programName", "partnerName", "partnerEmail", "link"),
    PAIR_INTRODUCED_TO_MENTEE("firstName", "programName", "partnerName", "partnerEmail", "link"),
    INTRO_CHAT_REMINDER("firstName", "programName", "partnerName", "link"),
    CHECK_IN_REMINDER("firstName", "programName", "partnerName", "periodEnd", "link");

    private final List<String> placeholders;

    MessageKind(String... placeholders) {
        this.placeholders = List.of(placeholders);
    }

    /** The placeholder names its subject and text may use, such as {@code firstName} for {@code {firstName}}. */
    public List<String> placeholders() {
        return placeholders;
    }
}
