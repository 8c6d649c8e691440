package org.upward.survey.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upward.program.ProgramService;
import org.upward.security.UpwardUser;

/** Builds the answering page for an invited person: their own draft, never anyone's answers. */
@Service
class AnswerPages {

    private final AnswerableWave answerable;
    private final WaveAudience audience;
    private final SurveyDrafts drafts;
    private final SurveyAnswers answers;
    private final ProgramService programs;
    private final Clock clock;

    AnswerPages(
            AnswerableWave answerable,
            WaveAudience audience,
            SurveyDrafts drafts,
            SurveyAnswers answers,
            ProgramService programs,
            Clock clock) {
        this.answerable = answerable;
        this.audience = audience;
        this.drafts = drafts;
        this.answers = answers;
        this.programs = programs;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    AnswerPage page(long programId, String waveName, UpwardUser me) {
        AnswerableWave.Answering answering = answerable.invited(programId, waveName, me);
        SurveyWave wave = answering.wave();
        long personId = answering.invitee().personId();
        boolean answered = audience.hasResponded(wave.getId(), personId);
        return new AnswerPage(
                programId,
                programs.get(programId).name(),
                wave.getName(),
                wave.getOpensOn(),
                wave.getClosesOn(),
                wave.status(LocalDate.now(clock)),
                answered,
                answers.items(programId),
                answered ? Map.of() : drafts.mine(wave.getId(), personId).orElse(Map.of()));
    }
}
