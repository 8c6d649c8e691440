package org.upward.survey.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upward.notification.Notice;
import org.upward.notification.NoticeKind;
import org.upward.notification.NoticeTexts;
import org.upward.program.ProgramService;
import org.upward.survey.RespondentGroup;

/** Reminds everyone invited to an open wave who hasn't answered yet; those who have are left alone. */
@Service
class SurveyReminders {

    private final SurveyWaveService waves;
    private final WaveAudience audience;
    private final ProgramService programs;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    private final NoticeTexts texts;

    SurveyReminders(
            SurveyWaveService waves,
            WaveAudience audience,
            ProgramService programs,
            ApplicationEventPublisher events,
            Clock clock,
            NoticeTexts texts) {
        this.texts = texts;
        this.waves = waves;
        this.audience = audience;
        this.programs = programs;
        this.events = events;
        this.clock = clock;
    }

    /** Publishes one SURVEY_OPEN notice per non-responder and answers how many were reminded. */
    @Transactional
    public int remindNonResponders(long programId, long waveId) {
        SurveyWave wave = waves.find(programId, waveId);
        AnswerableWave.requireOpen(wave, LocalDate.now(clock));
        String program = programs.get(programId).name();
        Map<Long, RespondentGroup> responded = audience.responded(waveId);
        int reminded = 0;
        for (WaveAudience.Invitee invitee : audience.invitees(wave)) {
            if (!responded.containsKey(invitee.personId())) {
                events.publishEvent(new Notice(
                        invitee.email(),
                        NoticeKind.SURVEY_OPEN,
                        texts.of("notice.surveyOpen.subject", program, texts.day(wave.getClosesOn())),
                        texts.of("notice.surveyOpen.text", wave.getName(), program),
                        SurveyPaths.answerPage(programId, wave.getName())));
                reminded++;
            }
        }
        return reminded;
    }
}
