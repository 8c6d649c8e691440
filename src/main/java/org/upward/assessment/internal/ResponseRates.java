package org.upward.assessment.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.upward.assessment.AssessmentPhase;
import org.upward.enrollment.ProgramParticipants;
import org.upward.enrollment.ProgramParticipants.Participant;
import org.upward.enrollment.Side;
import org.upward.program.ProgramView;

/** Who has answered a window's self-assessment: complete, partly, or not at all. */
@Component
class ResponseRates {

    /** One participant's progress in one phase: self-ratings given out of the skills they rate. */
    record Progress(Participant participant, int rated, int total) {

        boolean complete() {
            return rated >= total;
        }
    }

    private final ProgramParticipants participants;
    private final AssessmentRatingRepository ratings;
    private final ProgramSkillSets skillSets;

    ResponseRates(ProgramParticipants participants, AssessmentRatingRepository ratings, ProgramSkillSets skillSets) {
        this.participants = participants;
        this.ratings = ratings;
        this.skillSets = skillSets;
    }

    /** Every participant who has skills to rate, with how many of them they rated in {@code phase}. */
    List<Progress> progress(ProgramView program, AssessmentPhase phase) {
        Map<Side, SkillSet> sets = skillSets.both(program);
        Map<Long, Integer> rated = new HashMap<>();
        Map<Long, Side> sideOf = new HashMap<>();
        List<Participant> expected = participants.active(program.id()).stream()
                .filter(p -> !sets.get(p.side()).isEmpty())
                .toList();
        expected.forEach(p -> sideOf.put(p.personId(), p.side()));
        for (AssessmentRating rating : ratings.findByProgramIdAndPhase(program.id(), phase)) {
            Side side = sideOf.get(rating.getRaterId());
            if (rating.getRaterId() == rating.getSubjectId()
                    && side != null
                    && sets.get(side).contains(rating.getSkillId())) {
                rated.merge(rating.getRaterId(), 1, Integer::sum);
            }
        }
        return expected.stream()
                .map(p -> new Progress(
                        p,
                        rated.getOrDefault(p.personId(), 0),
                        sets.get(p.side()).size()))
                .toList();
    }

    List<AssessmentResponseRate> rates(List<Progress> progress) {
        List<AssessmentResponseRate> rates = new ArrayList<>();
        for (Side side : List.of(Side.MENTEE, Side.MENTOR)) {
            List<Progress> ofSide = progress.stream()
                    .filter(p -> p.participant().side() == side)
                    .toList();
            long responded = ofSide.stream().filter(Progress::complete).count();
            long started =
                    ofSide.stream().filter(p -> p.rated() > 0 && !p.complete()).count();
            rates.add(new AssessmentResponseRate(side, responded, started, ofSide.size()));
        }
        return rates;
    }
}
