package org.upward.program;

import org.upward.web.NotFoundException;

public class ProgramNotFoundException extends NotFoundException {

    ProgramNotFoundException(long id) {
        super("No program with id " + id + ".");
    }
}
