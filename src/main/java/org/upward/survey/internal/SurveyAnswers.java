package org.upward.survey.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upward.security.UpwardUser;
import org.upward.shared.InvalidFieldsException;
import org.upward.survey.SurveyItemView;
import org.upward.survey.SurveyResponseRequest;

/**
 * Answering a wave, once: the answers go to the anonymous table and only the fact of answering is kept
 * against the person. A second answer is refused (409) rather than replacing the first, because
 * replacing would need a link from the person to their answers, which is exactly what is not stored.
 */
@Service
class SurveyAnswers {

    private final AnswerableWave answerable;
    private final SurveyItemRepository items;
    private final AnonymousResponses responses;
    private final SurveyDrafts drafts;
    private final Clock clock;

    SurveyAnswers(
            AnswerableWave answerable,
            SurveyItemRepository items,
            AnonymousResponses responses,
            SurveyDrafts drafts,
            Clock clock) {
        this.answerable = answerable;
        this.items = items;
        this.responses = responses;
        this.drafts = drafts;
        this.clock = clock;
    }

    @Transactional
    public SurveySubmitted answer(long programId, String wave, SurveyResponseRequest request, UpwardUser by) {
        LocalDate today = LocalDate.now(clock);
        AnswerableWave.Answering answering = answerable.forAnswer(programId, wave, by, today);
        file(answering.wave(), answering.invitee(), request, today);
        drafts.discard(answering.wave().getId(), answering.invitee().personId());
        return new SurveySubmitted(
                programId, answering.wave().getName(), answering.invitee().group());
    }

    /** Keeps the caller's unfinished answers, for them alone, while the wave is open. */
    @Transactional
    public void saveDraft(long programId, String wave, Map<String, String> fields, UpwardUser by) {
        LocalDate today = LocalDate.now(clock);
        AnswerableWave.Answering answering = answerable.forAnswer(programId, wave, by, today);
        drafts.save(answering.wave().getId(), answering.invitee().personId(), fields, today);
    }

    void file(SurveyWave wave, WaveAudience.Invitee invitee, SurveyResponseRequest request, LocalDate today) {
        CustomAnswers.Checked custom = new CustomAnswers(items.findByProgramIdOrderByIdAsc(wave.getProgramId()))
                .check(request.customOrEmpty());
        if (!custom.problems().isEmpty()) {
            throw new InvalidFieldsException(custom.problems());
        }
        responses.recordParticipation(wave.getId(), invitee.personId(), invitee.group(), today);
        responses.recordAnswers(wave.getId(), invitee.group(), invitee.side(), request, custom.answers());
    }

    List<SurveyItemView> items(long programId) {
        return items.findByProgramIdOrderByIdAsc(programId).stream()
                .map(SurveyItem::view)
                .toList();
    }
}
