package org.upward.outcome.internal;

import org.upward.shared.NotFoundException;
import org.upward.shared.UiText;

class OutcomeNotFoundException extends NotFoundException {

    OutcomeNotFoundException(long id) {
        super(UiText.of("outcome.error.thereIsNoBusinessOutcomeIn", id));
    }
}
