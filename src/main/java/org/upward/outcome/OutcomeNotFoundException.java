package org.upward.outcome;

import org.upward.web.NotFoundException;
import org.upward.web.UiText;

class OutcomeNotFoundException extends NotFoundException {

    OutcomeNotFoundException(long id) {
        super(UiText.of("outcome.error.thereIsNoBusinessOutcomeIn", id));
    }
}
