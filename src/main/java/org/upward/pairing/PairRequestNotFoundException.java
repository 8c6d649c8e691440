package org.upward.pairing;

import org.upward.web.NotFoundException;
import org.upward.web.UiText;

class PairRequestNotFoundException extends NotFoundException {

    PairRequestNotFoundException(long id) {
        super(UiText.of("pairing.error.noPairRequestWithId", id));
    }
}
