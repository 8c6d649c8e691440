package org.upward.people.internal;

import org.upward.shared.NotFoundException;
import org.upward.shared.UiText;

class SkillNotFoundException extends NotFoundException {

    SkillNotFoundException(long id) {
        super(UiText.of("people.error.noSkillWithId", id));
    }
}
