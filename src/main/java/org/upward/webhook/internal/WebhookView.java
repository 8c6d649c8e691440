package org.upward.webhook.internal;

import java.time.Instant;

/**
 * A program's webhook as the API and page show it. The URL is masked: an incoming webhook URL is a secret
 * (whoever has it can post to the channel), so only its host and last characters are shown back.
 */
record WebhookView(long programId, String maskedUrl, boolean enabled, Instant createdAt, Instant updatedAt) {

    static String mask(String url) {
        int hostStart = url.indexOf("://") + 3;
        int hostEnd = url.indexOf('/', hostStart);
        String origin = hostEnd < 0 ? url : url.substring(0, hostEnd);
        String tail = url.length() > origin.length() + 4 ? url.substring(url.length() - 4) : "";
        return origin + "/…" + tail;
    }
}
