package org.upward.webhook.internal;

import org.upward.shared.NotFoundException;
import org.upward.shared.UiText;

class WebhookNotFoundException extends NotFoundException {

    WebhookNotFoundException(long programId) {
        super(UiText.of("webhook.error.programHasNoWebhook", programId));
    }
}
