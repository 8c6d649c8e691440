package org.upward.survey.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upward.enrollment.MyEnrollment;
import org.upward.enrollment.ParticipantProfiles;
import org.upward.people.People;
import org.upward.people.PersonRef;
import org.upward.program.ProgramService;
import org.upward.survey.SurveyToAnswer;
import org.upward.survey.SurveysToAnswer;
import org.upward.survey.WaveStatus;

/** The open waves a person is invited to (as a participant or in a comparison group) and hasn't answered. */
@Service
class OpenSurveys implements SurveysToAnswer {

    private final SurveyWaveRepository waves;
    private final WaveAudience audience;
    private final SurveyDrafts drafts;
    private final ParticipantProfiles profiles;
    private final People people;
    private final ProgramService programs;
    private final Clock clock;

    OpenSurveys(
            SurveyWaveRepository waves,
            WaveAudience audience,
            SurveyDrafts drafts,
            ParticipantProfiles profiles,
            People people,
            ProgramService programs,
            Clock clock) {
        this.waves = waves;
        this.audience = audience;
        this.drafts = drafts;
        this.profiles = profiles;
        this.people = people;
        this.programs = programs;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<SurveyToAnswer> of(String email) {
        PersonRef person = people.findByEmail(email).orElse(null);
        if (person == null) {
            return List.of();
        }
        Set<SurveyWave> candidates = new LinkedHashSet<>();
        profiles.mine(email).stream()
                .map(MyEnrollment::programId)
                .distinct()
                .forEach(programId -> candidates.addAll(waves.findByProgramIdOrderByOpensOnAscIdAsc(programId)));
        candidates.addAll(waves.findByIdIn(List.copyOf(audience.comparisonWaves(person.id()))));
        LocalDate today = LocalDate.now(clock);
        List<SurveyToAnswer> open = new ArrayList<>();
        for (SurveyWave wave : candidates) {
            if (wave.status(today) == WaveStatus.OPEN && !audience.hasResponded(wave.getId(), person.id())) {
                open.add(new SurveyToAnswer(
                        wave.getProgramId(),
                        programs.get(wave.getProgramId()).name(),
                        wave.getName(),
                        wave.getClosesOn(),
                        drafts.mine(wave.getId(), person.id()).isPresent(),
                        SurveyPaths.answerPage(wave.getProgramId(), wave.getName())));
            }
        }
        open.sort((a, b) -> a.closesOn().compareTo(b.closesOn()));
        return open;
    }
}
