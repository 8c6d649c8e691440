package org.upward.people;

import org.upward.web.NotFoundException;
import org.upward.web.UiText;

public class PersonNotFoundException extends NotFoundException {

    public PersonNotFoundException(String email) {
        super(UiText.of("people.error.noPersonWithEmail", email));
    }
}
