package org.upward.people;

import org.upward.shared.NotFoundException;
import org.upward.shared.UiText;

public class PersonNotFoundException extends NotFoundException {

    public PersonNotFoundException(String email) {
        super(UiText.of("people.error.noPersonWithEmail", email));
    }
}
