package org.upward.survey.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.upward.shared.ConflictException;
import org.upward.shared.FieldProblem;
import org.upward.shared.InvalidFieldsException;
import org.upward.shared.UiText;
import org.upward.survey.RespondentGroup;
import org.upward.survey.WaveRequest;
import org.upward.survey.WaveStatus;

/**
 * What scheduling or changing a wave may not do, beyond the request's own rules ({@link WaveRules}): take the
 * name of another wave of the program, move a closed wave's dates, or drop from the comparison group someone who
 * already answered in it.
 */
@Component
class WaveChangeChecks {

    private final SurveyWaveRepository waves;
    private final WaveAudience audience;
    private final Clock clock;

    WaveChangeChecks(SurveyWaveRepository waves, WaveAudience audience, Clock clock) {
        this.waves = waves;
        this.audience = audience;
        this.clock = clock;
    }

    /** Once a wave has closed its answers are final: its dates can no longer move (409). */
    void refuseReopening(SurveyWave wave, WaveRequest request) {
        boolean moved = !request.opensOn().equals(wave.getOpensOn())
                || !request.closesOn().equals(wave.getClosesOn());
        if (moved && wave.status(LocalDate.now(clock)) == WaveStatus.CLOSED) {
            throw new ConflictException(
                    UiText.of("survey.conflict.waveClosedForGood"),
                    UiText.of("survey.error.aClosedWaveIsFinal", wave.getName(), UiText.day(wave.getClosesOn())));
        }
    }

    /** A program has one wave of each name (409). */
    void refuseDuplicate(long programId, String name, Long except) {
        waves.findByProgramIdAndName(programId, name)
                .filter(existing -> !existing.getId().equals(except))
                .ifPresent(existing -> {
                    throw new ConflictException(
                            UiText.of("survey.conflict.duplicateWave"),
                            UiText.of("survey.error.thisProgramAlreadyHasASurvey", name));
                });
    }

    /** Who already answered in the comparison group stays in it (422 on the comparison group). */
    void refuseDroppingRespondents(SurveyWave wave, List<Long> newGroup) {
        List<Long> dropped = audience.responded(wave.getId()).entrySet().stream()
                .filter(e -> e.getValue() == RespondentGroup.COMPARISON && !newGroup.contains(e.getKey()))
                .map(Map.Entry::getKey)
                .toList();
        if (!dropped.isEmpty()) {
            String names = String.join(
                    ", ",
                    audience.names(dropped).values().stream()
                            .map(r -> r.email())
                            .sorted()
                            .toList());
            throw new InvalidFieldsException(List.of(new FieldProblem(
                    "comparisonGroup", UiText.of("survey.error.alreadyAnsweredThisWaveSoThey", names))));
        }
    }
}
