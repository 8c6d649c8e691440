package org.upward.webhook.internal;

import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** The JSON body Slack and Teams incoming webhooks both accept: {@code {"text": "..."}}. */
final class SlackMessage {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SlackMessage() {}

    static String body(String text) {
        return JSON.writeValueAsString(Map.of("text", text));
    }

    /** The text back out of a body this class wrote, for the delivery log. */
    static String text(String body) {
        return JSON.readTree(body).get("text").asString();
    }
}
