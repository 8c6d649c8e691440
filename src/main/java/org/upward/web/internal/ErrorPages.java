package org.upward.web.internal;

import org.springframework.http.HttpStatus;
import org.upward.shared.UiText;

/** Which page and which words go with an error status. */
final class ErrorPages {

    private ErrorPages() {}

    static String templateFor(HttpStatus status) {
        return switch (status) {
            case FORBIDDEN -> "error/403";
            case NOT_FOUND -> "error/404";
            case CONFLICT -> "error/409";
            case CONTENT_TOO_LARGE -> "error/413";
            case SERVICE_UNAVAILABLE -> "error/503";
            default -> status.is4xxClientError() ? "error/4xx" : "error/500";
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
