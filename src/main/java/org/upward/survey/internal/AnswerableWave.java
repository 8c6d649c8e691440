package org.upward.survey.internal;

import java.time.LocalDate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.upward.program.ProgramService;
import org.upward.security.UpwardUser;
import org.upward.shared.ConflictException;
import org.upward.shared.InvalidFieldException;
import org.upward.shared.UiText;

/** Finds a wave by program and name and checks the caller may answer it: invited, open, not yet answered. */
@Component
class AnswerableWave {

    private final SurveyWaveRepository waves;
    private final WaveAudience audience;
    private final ProgramService programs;

    AnswerableWave(SurveyWaveRepository waves, WaveAudience audience, ProgramService programs) {
        this.waves = waves;
        this.audience = audience;
        this.programs = programs;
    }

    /** A wave and the caller's place in it. */
    record Answering(SurveyWave wave, WaveAudience.Invitee invitee) {}

    /** For pages: an unknown wave is a 404, someone not invited a 403. */
    Answering invited(long programId, String waveName, UpwardUser user) {
        programs.get(programId);
        SurveyWave wave = waves.findByProgramIdAndName(programId, WaveRules.normalizedName(waveName))
                .orElseThrow(() -> new SurveyWaveNotFoundException(waveName));
        return new Answering(wave, invitee(wave, user));
    }

    /** For the API: an unknown wave is a field error; then invited, open and not answered yet. */
    Answering forAnswer(long programId, String waveName, UpwardUser user, LocalDate today) {
        programs.get(programId);
        SurveyWave wave = waves.findByProgramIdAndName(programId, WaveRules.normalizedName(waveName))
                .orElseThrow(() -> new InvalidFieldException(
                        "wave", UiText.of("survey.error.thisProgramHasNoSurveyWave", waveName)));
        Answering answering = new Answering(wave, invitee(wave, user));
        requireOpen(wave, today);
        if (audience.hasResponded(wave.getId(), answering.invitee().personId())) {
            throw alreadyAnswered();
        }
        return answering;
    }

    static void requireOpen(SurveyWave wave, LocalDate today) {
        switch (wave.status(today)) {
            case SCHEDULED ->
                throw new ConflictException(
                        UiText.of("survey.conflict.surveyNotOpenYet"),
                        UiText.of(
                                "survey.error.theSurveyOpensOnAnswersAre",
                                wave.getName(),
                                UiText.day(wave.getOpensOn()),
                                UiText.day(wave.getClosesOn())));
            case CLOSED ->
                throw new ConflictException(
                        UiText.of("survey.conflict.surveyClosed"),
                        UiText.of(
                                "survey.error.theSurveyClosedOnAnswersAre",
                                wave.getName(),
                                UiText.day(wave.getClosesOn())));
            case OPEN -> {}
        }
    }

    static ConflictException alreadyAnswered() {
        return new ConflictException(
                UiText.of("survey.conflict.alreadyAnswered"),
                UiText.of("survey.error.youHaveAlreadyAnsweredThisSurvey"));
    }

    private WaveAudience.Invitee invitee(SurveyWave wave, UpwardUser user) {
        return audience.invitee(wave, user.email())
                .orElseThrow(() -> new AccessDeniedException(UiText.of("survey.error.thisSurveyIsForTheProgram")));
    }
}
