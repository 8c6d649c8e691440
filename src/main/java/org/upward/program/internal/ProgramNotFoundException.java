package org.upward.program.internal;

import org.upward.shared.NotFoundException;
import org.upward.shared.UiText;

class ProgramNotFoundException extends NotFoundException {

    ProgramNotFoundException(long id) {
        super(UiText.of("program.error.noProgramWithId", id));
    }

    ProgramNotFoundException(String message) {
        super(message);
    }
}
