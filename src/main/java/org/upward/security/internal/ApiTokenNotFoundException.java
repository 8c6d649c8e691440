package org.upward.security.internal;

import org.upward.shared.NotFoundException;
import org.upward.shared.UiText;

class ApiTokenNotFoundException extends NotFoundException {

    ApiTokenNotFoundException(long id) {
        super(UiText.of("security.error.youHaveNoApiTokenWith", id));
    }
}
