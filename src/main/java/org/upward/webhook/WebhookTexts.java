package org.upward.webhook;

import java.util.Locale;
import org.springframework.context.MessageSource;

/** Webhook messages come from messages-webhook.properties, in English (a channel has no one locale). */
final class WebhookTexts {

    private WebhookTexts() {}

    static String text(MessageSource messages, String key, Object... args) {
        return messages.getMessage(key, args, Locale.ENGLISH);
    }
}
