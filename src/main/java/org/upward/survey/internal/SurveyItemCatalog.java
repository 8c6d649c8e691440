package org.upward.survey.internal;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upward.program.ProgramService;
import org.upward.survey.SurveyItemRequest;
import org.upward.survey.SurveyItemView;
import org.upward.survey.SurveyItems;

/**
 * A program's own survey items. They belong to the program and are asked in every wave, so waves
 * stay comparable; an item added later simply has no answers in the waves before it.
 */
@Service
class SurveyItemCatalog implements SurveyItems {

    private final SurveyItemRepository items;
    private final ProgramService programs;
    private final Clock clock;

    SurveyItemCatalog(SurveyItemRepository items, ProgramService programs, Clock clock) {
        this.items = items;
        this.programs = programs;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<SurveyItemView> list(long programId) {
        programs.get(programId);
        return items.findByProgramIdOrderByIdAsc(programId).stream()
                .map(SurveyItem::view)
                .toList();
    }

    @Transactional
    public SurveyItemView add(long programId, SurveyItemRequest request) {
        programs.get(programId);
        return items.saveAndFlush(
                        new SurveyItem(programId, request.question().strip(), request.kind(), clock.instant()))
                .view();
    }
}
