package org.upward.webhook;

/** The admin page's form to set a program's webhook URL. */
public record WebhookForm(String url, boolean enabled) {

    static WebhookForm empty() {
        return new WebhookForm("", true);
    }
}
