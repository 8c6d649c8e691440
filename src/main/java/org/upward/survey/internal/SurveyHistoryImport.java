package org.upward.survey.internal;

import java.time.LocalDate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upward.shared.ConflictException;
import org.upward.shared.UiText;
import org.upward.survey.SurveyHistory;
import org.upward.survey.SurveyResponseRequest;

/**
 * Files answers collected outside the app's open window (a paper survey typed in, or the demo's past
 * waves), with the same anonymity and checks as an answer given in the app except the dates.
 */
@Service
class SurveyHistoryImport implements SurveyHistory {

    private final SurveyWaveRepository waves;
    private final WaveAudience audience;
    private final SurveyAnswers answers;

    SurveyHistoryImport(SurveyWaveRepository waves, WaveAudience audience, SurveyAnswers answers) {
        this.waves = waves;
        this.audience = audience;
        this.answers = answers;
    }

    @Transactional
    public void file(long programId, String wave, String email, SurveyResponseRequest request, LocalDate answeredOn) {
        SurveyWave found = waves.findByProgramIdAndName(programId, WaveRules.normalizedName(wave))
                .orElseThrow(() -> new SurveyWaveNotFoundException(wave));
        WaveAudience.Invitee invitee = audience.invitee(found, email)
                .orElseThrow(() -> new AccessDeniedException(UiText.of("survey.error.isNotInvitedTo", email, wave)));
        if (audience.hasResponded(found.getId(), invitee.personId())) {
            throw AnswerableWave.alreadyAnswered();
        }
        if (answeredOn.isBefore(found.getOpensOn()) || answeredOn.isAfter(found.getClosesOn())) {
            throw new ConflictException(
                    UiText.of("survey.conflict.outsideTheWave"),
                    UiText.of("survey.error.isNotWithin", answeredOn, found.getName()));
        }
        answers.file(found, invitee, request, answeredOn);
    }
}
