package org.upward.people;

import org.upward.web.NotFoundException;

public class PersonNotFoundException extends NotFoundException {

    public PersonNotFoundException(String email) {
        super("No person with email " + email + ".");
    }
}
