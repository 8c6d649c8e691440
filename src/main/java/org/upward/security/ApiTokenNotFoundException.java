package org.upward.security;

import org.upward.web.NotFoundException;
import org.upward.web.UiText;

class ApiTokenNotFoundException extends NotFoundException {

    ApiTokenNotFoundException(long id) {
        super(UiText.of("security.error.youHaveNoApiTokenWith", id));
    }
}
