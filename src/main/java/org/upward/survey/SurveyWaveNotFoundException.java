package org.upward.survey;

import org.upward.web.NotFoundException;
import org.upward.web.UiText;

/** No such wave in this program: 404. */
class SurveyWaveNotFoundException extends NotFoundException {

    SurveyWaveNotFoundException(String wave) {
        super(UiText.of("survey.error.noSuchSurveyWave", wave));
    }
}
