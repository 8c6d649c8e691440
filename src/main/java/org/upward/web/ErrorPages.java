package org.upward.web;

import org.springframework.http.HttpStatus;

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
            case UNAUTHORIZED -> "Authentication is required: send HTTP Basic credentials or a Bearer API token.";
            case FORBIDDEN -> "You are not allowed to do this.";
            case NOT_FOUND -> "There is nothing at this address.";
            case METHOD_NOT_ALLOWED -> "This address does not accept that method.";
            case CONTENT_TOO_LARGE -> "The upload is larger than 10 MB.";
            default ->
                status.is5xxServerError()
                        ? "Something went wrong on our side. It has been logged."
                        : status.getReasonPhrase();
        };
    }
}
