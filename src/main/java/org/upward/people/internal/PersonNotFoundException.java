package org.upward.people.internal;

import org.upward.shared.NotFoundException;
import org.upward.shared.UiText;

class PersonNotFoundException extends NotFoundException {

    public PersonNotFoundException(String email) {
        super(UiText.of("people.error.noPersonWithEmail", email));
    }
}
