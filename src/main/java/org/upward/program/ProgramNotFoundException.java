package org.upward.program;

import org.upward.shared.NotFoundException;
import org.upward.shared.UiText;

public class ProgramNotFoundException extends NotFoundException {

    ProgramNotFoundException(long id) {
        super(UiText.of("program.error.noProgramWithId", id));
    }
}
