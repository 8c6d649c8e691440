package org.upward.web.internal;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;
import org.upward.shared.UiText;

/** The one error page ({@code templates/error.html}) and which words go with an error status. */
final class ErrorPages {

    static final String VIEW = "error";

    private ErrorPages() {}

    static ModelAndView page(HttpStatus status) {
        ModelAndView page = new ModelAndView(VIEW, model(status));
        page.setStatus(status);
        return page;
    }

    /** What the page shows: the status, and the prefix of its title, heading and text keys. */
    static Map<String, Object> model(HttpStatus status) {
        return Map.of("status", status.value(), "keys", keysFor(status));
    }

    /** {@code error.<status>} for the statuses with their own words, else the 4xx or 5xx words. */
    static String keysFor(HttpStatus status) {
        return switch (status) {
            case FORBIDDEN, NOT_FOUND, CONFLICT, CONTENT_TOO_LARGE, SERVICE_UNAVAILABLE -> "error." + status.value();
            default -> status.is4xxClientError() ? "error.4xx" : "error.500";
        };
    }

    static String detailFor(HttpStatus status) {
        return switch (status) {
            case UNAUTHORIZED -> UiText.of("web.error.authenticationIsRequired");
            case FORBIDDEN -> UiText.of("web.error.notAllowed");
            case NOT_FOUND -> UiText.of("web.error.nothingAtThisAddress");
            case METHOD_NOT_ALLOWED -> UiText.of("web.error.methodNotAccepted");
            case CONTENT_TOO_LARGE -> UiText.of("web.error.uploadTooLarge");
            default ->
                status.is5xxServerError()
                        ? UiText.of("web.error.somethingWentWrongOnOurSide")
                        : status.getReasonPhrase();
        };
    }
}
