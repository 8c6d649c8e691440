package org.upward.outcome;

import org.upward.web.NotFoundException;

class OutcomeNotFoundException extends NotFoundException {

    OutcomeNotFoundException(long id) {
        super("There is no business outcome " + id + " in this program.");
    }
}
