package org.upward.assessment.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.upward.shared.FieldProblem;
import org.upward.shared.InvalidFieldsException;
import org.upward.shared.UiText;

/** Checks a list of ratings against the subject's skills; every problem named by its index and skill. */
final class RatingRules {

    private RatingRules() {}

    /** Levels by skill id, or {@link InvalidFieldsException} listing every bad rating. */
    static Map<Long, Integer> check(List<RatingRequest> ratings, SkillSet skills) {
        List<FieldProblem> problems = new ArrayList<>();
        Map<Long, Integer> levels = new LinkedHashMap<>();
        if (ratings == null || ratings.isEmpty()) {
            throw new InvalidFieldsException(
                    List.of(new FieldProblem("ratings", UiText.of("assessment.error.rateAtLeastOneSkill"))));
        }
        for (int i = 0; i < ratings.size(); i++) {
            RatingRequest rating = ratings.get(i);
            String field = "ratings[" + i + "]";
            if (rating == null) {
                problems.add(new FieldProblem(field, UiText.of("assessment.error.giveASkillAndALevel")));
                continue;
            }
            Optional<Long> skill = skillOf(rating, field, skills, problems);
            if (skill.isPresent() && levels.containsKey(skill.get())) {
                problems.add(
                        new FieldProblem(field + ".skill", UiText.of("assessment.error.isRatedTwice", rating.skill())));
            }
            if (rating.level() == null || rating.level() < 1 || rating.level() > 5) {
                problems.add(new FieldProblem(
                        field + ".level",
                        UiText.of(
                                "assessment.error.rateFrom1To5",
                                rating.skill() == null
                                        ? UiText.of("assessment.error.thisSkill")
                                        : rating.skill().trim())));
            } else {
                skill.ifPresent(id -> levels.putIfAbsent(id, rating.level()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
        return levels;
    }

    private static Optional<Long> skillOf(
            RatingRequest rating, String field, SkillSet skills, List<FieldProblem> problems) {
        if (rating.skill() == null || rating.skill().isBlank()) {
            problems.add(new FieldProblem(field + ".skill", UiText.of("assessment.error.nameTheSkillYouRate")));
            return Optional.empty();
        }
        Optional<Long> skill = skills.idOf(rating.skill());
        if (skill.isEmpty()) {
            problems.add(new FieldProblem(
                    field + ".skill",
                    skills.isEmpty()
                            ? UiText.of(
                                    "assessment.error.notRatedHereNoneAre",
                                    rating.skill().trim())
                            : UiText.of(
                                    "assessment.error.notRatedHere",
                                    rating.skill().trim(),
                                    String.join(", ", skills.names()))));
        }
        return skill;
    }
}
