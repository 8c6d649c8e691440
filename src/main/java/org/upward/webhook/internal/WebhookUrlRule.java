package org.upward.webhook.internal;

import java.net.URI;
import java.net.URISyntaxException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.upward.shared.InvalidFieldException;
import org.upward.shared.UiText;

/**
 * A webhook URL must be an absolute https:// URL with a host. Plain http:// is allowed only to localhost or
 * 127.0.0.1, and only when {@code upward.webhooks.allow-insecure-localhost} is on (tests use a local server).
 */
@Component
class WebhookUrlRule {

    private final boolean allowInsecureLocalhost;

    WebhookUrlRule(@Value("${upward.webhooks.allow-insecure-localhost:false}") boolean allowInsecureLocalhost) {
        this.allowInsecureLocalhost = allowInsecureLocalhost;
    }

    /** Answers the trimmed URL or refuses it with a field error on {@code url}. */
    String check(String url) {
        String trimmed = url == null ? "" : url.trim();
        if (trimmed.isEmpty()) {
            throw new InvalidFieldException("url", UiText.of("webhook.error.enterTheWebhookUrl"));
        }
        if (trimmed.length() > 2000) {
            throw new InvalidFieldException("url", UiText.of("webhook.error.theWebhookUrlIsTooLong"));
        }
        URI uri;
        try {
            uri = new URI(trimmed);
        } catch (URISyntaxException bad) {
            throw new InvalidFieldException("url", UiText.of("webhook.error.thisIsNotAValidUrl"));
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase();
        String host = uri.getHost();
        if (host == null || host.isBlank() || uri.getUserInfo() != null) {
            throw new InvalidFieldException("url", UiText.of("webhook.error.theWebhookUrlMustBeHttps"));
        }
        if (scheme.equals("https")) {
            return trimmed;
        }
        if (scheme.equals("http") && allowInsecureLocalhost && (host.equals("localhost") || host.equals("127.0.0.1"))) {
            return trimmed;
        }
        throw new InvalidFieldException("url", UiText.of("webhook.error.theWebhookUrlMustStartWith"));
    }
}
