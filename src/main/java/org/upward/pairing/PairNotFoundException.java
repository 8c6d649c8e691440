package org.upward.pairing;

import org.upward.web.NotFoundException;
import org.upward.web.UiText;

class PairNotFoundException extends NotFoundException {

    PairNotFoundException(long id) {
        super(UiText.of("pairing.error.noPairWithId", id));
    }
}
