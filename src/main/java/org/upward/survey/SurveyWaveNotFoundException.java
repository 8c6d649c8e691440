package org.upward.survey;

import org.upward.web.NotFoundException;

/** No such wave in this program: 404. */
class SurveyWaveNotFoundException extends NotFoundException {

    SurveyWaveNotFoundException(String wave) {
        super("This program has no survey wave " + wave + ".");
    }
}
