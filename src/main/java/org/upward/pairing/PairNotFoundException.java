package org.upward.pairing;

import org.upward.web.NotFoundException;

class PairNotFoundException extends NotFoundException {

    PairNotFoundException(long id) {
        super("No pair with id " + id + ".");
    }
}
