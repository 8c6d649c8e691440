package org.upward.security;

import org.upward.web.NotFoundException;

class ApiTokenNotFoundException extends NotFoundException {

    ApiTokenNotFoundException(long id) {
        super("You have no API token with id " + id + ".");
    }
}
