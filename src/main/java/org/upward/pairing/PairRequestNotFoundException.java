package org.upward.pairing;

import org.upward.web.NotFoundException;

class PairRequestNotFoundException extends NotFoundException {

    PairRequestNotFoundException(long id) {
        super("No pair request with id " + id + ".");
    }
}
