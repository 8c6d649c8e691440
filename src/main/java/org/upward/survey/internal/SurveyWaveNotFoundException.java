package org.upward.survey.internal;

import org.upward.shared.NotFoundException;
import org.upward.shared.UiText;

/** No such wave in this program: 404. */
class SurveyWaveNotFoundException extends NotFoundException {

    SurveyWaveNotFoundException(String wave) {
        super(UiText.of("survey.error.noSuchSurveyWave", wave));
    }
}
