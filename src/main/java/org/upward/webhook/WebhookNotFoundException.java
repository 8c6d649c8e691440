package org.upward.webhook;

import org.upward.web.NotFoundException;

class WebhookNotFoundException extends NotFoundException {

    WebhookNotFoundException(long programId) {
        super("Program " + programId + " has no webhook.");
    }
}
