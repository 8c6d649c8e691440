package org.upward.survey.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upward.messaging.MessageKind;
import org.upward.messaging.MessageTemplates;
import org.upward.messaging.WrittenMessage;
import org.upward.notification.Notice;
import org.upward.notification.NoticeKind;
import org.upward.notification.NoticeTexts;
import org.upward.people.People;
import org.upward.people.PersonRef;
import org.upward.program.ProgramService;
import org.upward.survey.RespondentGroup;

/**
 * Reminds everyone invited to an open wave who hasn't answered yet, in the program's own wording if it has one;
 * those who have answered are left alone.
 */
@Service
class SurveyReminders {

    private final SurveyWaveService waves;
    private final WaveAudience audience;
    private final ProgramService programs;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final NoticeTexts texts;
    private final MessageTemplates templates;
    private final People people;

    SurveyReminders(
            SurveyWaveService waves,
            WaveAudience audience,
            ProgramService programs,
            ApplicationEventPublisher events,
            Clock clock,
            NoticeTexts texts,
            MessageTemplates templates,
            People people) {
        this.texts = texts;
        this.waves = waves;
        this.audience = audience;
        this.programs = programs;
        this.events = events;
        this.clock = clock;
        this.templates = templates;
        this.people = people;
    }

    /** Publishes one SURVEY_OPEN notice per non-responder and answers how many were reminded. */
    @Transactional
    public int remindNonResponders(long programId, long waveId) {
        SurveyWave wave = waves.find(programId, waveId);
        AnswerableWave.requireOpen(wave, LocalDate.now(clock));
        String program = programs.get(programId).name();
        Map<Long, RespondentGroup> responded = audience.responded(waveId);
        List<WaveAudience.Invitee> reminded = audience.invitees(wave).stream()
                .filter(invitee -> !responded.containsKey(invitee.personId()))
                .toList();
        Set<Long> ids = reminded.stream().map(WaveAudience.Invitee::personId).collect(Collectors.toSet());
        Map<Long, PersonRef> named = people.byIds(ids);
        String link = SurveyPaths.answerPage(programId, wave.getName());
        for (WaveAudience.Invitee invitee : reminded) {
            PersonRef person = named.get(invitee.personId());
            WrittenMessage message = templates.write(
                    programId,
                    MessageKind.SURVEY_REMINDER,
                    Map.of(
                            "firstName", MessageTemplates.firstName(person == null ? "" : person.name()),
                            "programName", program,
                            "surveyName", wave.getName(),
                            "closesOn", texts.day(wave.getClosesOn()),
                            "link", link));
            events.publishEvent(
                    new Notice(invitee.email(), NoticeKind.SURVEY_OPEN, message.subject(), message.text(), link));
        }
        return reminded.size();
    }
}
