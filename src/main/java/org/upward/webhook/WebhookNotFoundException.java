package org.upward.webhook;

import org.upward.web.NotFoundException;
import org.upward.web.UiText;

class WebhookNotFoundException extends NotFoundException {

    WebhookNotFoundException(long programId) {
        super(UiText.of("webhook.error.programHasNoWebhook", programId));
    }
}
