package org.upward.people;

import org.upward.web.NotFoundException;
import org.upward.web.UiText;

class SkillNotFoundException extends NotFoundException {

    SkillNotFoundException(long id) {
        super(UiText.of("people.error.noSkillWithId", id));
    }
}
