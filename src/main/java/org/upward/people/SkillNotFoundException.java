package org.upward.people;

import org.upward.web.NotFoundException;

class SkillNotFoundException extends NotFoundException {

    SkillNotFoundException(long id) {
        super("No skill with id " + id + ".");
    }
}
