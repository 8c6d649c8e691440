package org.upward.pairing.internal;

import org.upward.shared.NotFoundException;
import org.upward.shared.UiText;

class PairRequestNotFoundException extends NotFoundException {

    PairRequestNotFoundException(long id) {
        super(UiText.of("pairing.error.noPairRequestWithId", id));
    }
}
