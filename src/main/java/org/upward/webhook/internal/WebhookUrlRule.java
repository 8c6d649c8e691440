package org.upward.webhook.internal;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.upward.shared.InvalidFieldException;
import org.upward.shared.UiText;

/**
 * A webhook URL must be an absolute https:// URL with a host whose addresses are all public (see
 * {@link WebhookAddresses}), checked after DNS resolution when the URL is saved and again before every delivery.
 * Plain http:// to localhost or 127.0.0.1 (a loopback address) is allowed only when {@code
 * upward.webhooks.allow-insecure-localhost} is on (tests use a local server); it is off by default.
 */
@Component
class WebhookUrlRule {

    /** The URL may not be posted to: it points inside the network, or no longer passes the rules. */
    static final class NotAllowed extends Exception {
        NotAllowed() {
            super("the address is not allowed", null, false, false);
        }
    }

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
        String problem = problem(uri);
        if (problem != null) {
            throw new InvalidFieldException("url", UiText.of(problem));
        }
        try {
            if (!allowed(uri, List.of(InetAddress.getAllByName(uri.getHost())))) {
                throw new InvalidFieldException("url", UiText.of("webhook.error.theAddressIsNotAllowed"));
            }
        } catch (UnknownHostException unknown) {
            // not found today: every delivery resolves and checks the host again
        }
        return trimmed;
    }

    /** The addresses a delivery to this stored URL may connect to, resolved and checked now. */
    List<InetAddress> deliverable(String url) throws NotAllowed, UnknownHostException {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException bad) {
            throw new NotAllowed();
        }
        if (problem(uri) != null) {
            throw new NotAllowed();
        }
        List<InetAddress> addresses = List.of(InetAddress.getAllByName(uri.getHost()));
        if (!allowed(uri, addresses)) {
            throw new NotAllowed();
        }
        return addresses;
    }

    /** The message key of what is wrong with the URL's scheme or host, or null. */
    private String problem(URI uri) {
        String scheme = scheme(uri);
        String host = uri.getHost();
        if (host == null || host.isBlank() || uri.getUserInfo() != null) {
            return "webhook.error.theWebhookUrlMustBeHttps";
        }
        if (!scheme.equals("https") && !(scheme.equals("http") && localTest(uri))) {
            return "webhook.error.theWebhookUrlMustStartWith";
        }
        return WebhookAddresses.oddlyNumeric(host) ? "webhook.error.theAddressIsNotAllowed" : null;
    }

    /** Every address public; or, for a test's http://localhost, every address loopback. */
    private boolean allowed(URI uri, List<InetAddress> addresses) {
        boolean local = scheme(uri).equals("http") && localTest(uri);
        return !addresses.isEmpty()
                && addresses.stream()
                        .allMatch(address -> local ? address.isLoopbackAddress() : WebhookAddresses.isPublic(address));
    }

    private boolean localTest(URI uri) {
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        return allowInsecureLocalhost && (host.equals("localhost") || host.equals("127.0.0.1"));
    }

    private static String scheme(URI uri) {
        return uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    }
}
