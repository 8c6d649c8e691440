package org.upward.assessment.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upward.enrollment.ProgramParticipants;
import org.upward.enrollment.ProgramParticipants.Participant;
import org.upward.people.People;
import org.upward.people.PersonRef;
import org.upward.people.SkillCatalog;
import org.upward.people.SkillView;
import org.upward.program.ProgramService;

/** Individual answers of a program's assessments, for admins: assessments are not anonymous, unlike surveys. */
@Service
class AssessmentAnswers {

    private final AssessmentRatingRepository ratings;
    private final ProgramService programs;
    private final ProgramParticipants participants;
    private final People people;
    private final SkillCatalog catalog;

    AssessmentAnswers(
            AssessmentRatingRepository ratings,
            ProgramService programs,
            ProgramParticipants participants,
            People people,
            SkillCatalog catalog) {
        this.ratings = ratings;
        this.programs = programs;
        this.participants = participants;
        this.people = people;
        this.catalog = catalog;
    }

    /** One row per phase, rater and subject: self-assessments first, then partner ratings, by name. */
    @Transactional(readOnly = true)
    public List<AnswerRow> all(long programId) {
        programs.get(programId);
        List<AssessmentRating> all = ratings.findByProgramIdOrderByPhaseAscRaterIdAscSubjectIdAsc(programId);
        Map<Long, String> skillNames = catalog.all().stream().collect(Collectors.toMap(SkillView::id, SkillView::name));
        Map<Long, Participant> byId = participants.active(programId).stream()
                .collect(Collectors.toMap(Participant::personId, Function.identity()));
        Map<Long, PersonRef> refs = people.byIds(all.stream()
                .flatMap(r -> Stream.of(r.getRaterId(), r.getSubjectId()))
                .collect(Collectors.toSet()));
        Map<List<Object>, List<AssessmentRating>> groups = new LinkedHashMap<>();
        all.forEach(r -> groups.computeIfAbsent(
                        List.of(r.getPhase(), r.getRaterId(), r.getSubjectId()), k -> new ArrayList<>())
                .add(r));
        return groups.values().stream()
                .map(group -> row(group, refs, byId, skillNames))
                .sorted(Comparator.comparing(AnswerRow::phase)
                        .thenComparing(row -> !row.self())
                        .thenComparing(AnswerRow::subjectName, String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(AnswerRow::raterName, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    private static AnswerRow row(
            List<AssessmentRating> group,
            Map<Long, PersonRef> refs,
            Map<Long, Participant> participants,
            Map<Long, String> skillNames) {
        AssessmentRating first = group.get(0);
        PersonRef rater = refs.get(first.getRaterId());
        PersonRef subject = refs.get(first.getSubjectId());
        Participant subjectParticipant = participants.get(first.getSubjectId());
        return new AnswerRow(
                first.getPhase(),
                first.getRaterId() == first.getSubjectId(),
                rater.email(),
                rater.name(),
                subject.email(),
                subject.name(),
                subjectParticipant == null ? null : subjectParticipant.side(),
                group.stream()
                        .map(r -> new SkillAnswer(skillNames.get(r.getSkillId()), r.getLevel(), r.getAnsweredOn()))
                        .sorted(Comparator.comparing(SkillAnswer::skill, String.CASE_INSENSITIVE_ORDER))
                        .toList());
    }
}
