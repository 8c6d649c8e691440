package org.upward.webhook.internal;

/** The admin page's form to set a program's webhook URL; an unticked (absent) {@code enabled} is false. */
record WebhookForm(String url, Boolean enabled) {

    boolean sendsMessages() {
        return Boolean.TRUE.equals(enabled);
    }

    static WebhookForm empty() {
        return new WebhookForm("", true);
    }
}
