package org.upward.intake.internal;

import org.upward.shared.NotFoundException;
import org.upward.shared.UiText;

/** No such application (or not one the caller may see), no intake, or a caller not in the directory. */
class ApplicationNotFoundException extends NotFoundException {

    ApplicationNotFoundException() {
        super(UiText.of("intake.error.applicationNotFound"));
    }

    static ApplicationNotFoundException notInDirectory() {
        return new ApplicationNotFoundException(UiText.of("intake.error.notInDirectory"));
    }

    static ApplicationNotFoundException noIntake() {
        return new ApplicationNotFoundException(UiText.of("intake.error.noIntake"));
    }

    private ApplicationNotFoundException(String message) {
        super(message);
    }
}
