package org.upward.pairing.internal;

import org.upward.shared.NotFoundException;
import org.upward.shared.UiText;

class PairNotFoundException extends NotFoundException {

    PairNotFoundException(long id) {
        super(UiText.of("pairing.error.noPairWithId", id));
    }
}
