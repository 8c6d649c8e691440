package org.upward.program;

import org.upward.web.NotFoundException;
import org.upward.web.UiText;

public class ProgramNotFoundException extends NotFoundException {

    ProgramNotFoundException(long id) {
        super(UiText.of("program.error.noProgramWithId", id));
    }
}
