package org.upward.survey;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.upward.program.ProgramService;
import org.upward.security.UpwardUser;
import org.upward.web.ConflictException;
import org.upward.web.InvalidFieldException;

/** Finds a wave by program and name and checks the caller may answer it: invited, open, not yet answered. */
@Component
class AnswerableWave {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

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
                .orElseThrow(() -> new InvalidFieldException("wave", "this program has no survey wave " + waveName));
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
                        "Survey not open yet",
                        "The " + wave.getName() + " survey opens on " + DAY.format(wave.getOpensOn())
                                + "; answers are taken from then until " + DAY.format(wave.getClosesOn()) + ".");
            case CLOSED ->
                throw new ConflictException(
                        "Survey closed",
                        "The " + wave.getName() + " survey closed on " + DAY.format(wave.getClosesOn())
                                + "; answers are no longer taken.");
            case OPEN -> {}
        }
    }

    static ConflictException alreadyAnswered() {
        return new ConflictException(
                "Already answered",
                "You have already answered this survey. Answers can't be changed: they are stored without your"
                        + " name, so nothing links them back to you.");
    }

    private WaveAudience.Invitee invitee(SurveyWave wave, UpwardUser user) {
        return audience.invitee(wave, user.email())
                .orElseThrow(() -> new AccessDeniedException(
                        "This survey is for the program's participants and" + " the comparison group invited to it."));
    }
}
