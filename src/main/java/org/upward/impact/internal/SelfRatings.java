package org.upward.impact.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.upward.program.ObjectiveMeasure;

/**
 * Each participant's own rating of each skill after the program (POST), with their rating before it (PRE) when
 * they gave one, ordered by side (mentors first), skill, before and after: read once per request, so the skill
 * growth table and every skill measure are computed from the same rows.
 */
record SelfRatings(List<Rating> ratings) {

    /** One person's own ratings of one skill; {@code before} is null without a PRE rating. */
    record Rating(String side, long person, String skill, Integer before, int after) {}

    /** Per side and skill (in this order), the people who rated themselves both before and after. */
    Map<String, List<Rating>> pairedBySideAndSkill() {
        Map<String, List<Rating>> bySideAndSkill = new LinkedHashMap<>();
        for (Rating rating : ratings) {
            if (rating.before() != null) {
                bySideAndSkill
                        .computeIfAbsent(rating.side() + "\t" + rating.skill(), key -> new ArrayList<>())
                        .add(rating);
            }
        }
        return bySideAndSkill;
    }

    /**
     * Per person of the side who rated themselves on any of the skills (names in any case) after the program:
     * their mean level after, and their mean change on the skills they rated before too (null if none).
     */
    List<MeasureData.SkillScores> scores(ObjectiveMeasure.Side side, List<String> skills) {
        Set<String> wanted = skills.stream().map(SelfRatings::lower).collect(Collectors.toSet());
        Map<Long, long[]> byPerson = new LinkedHashMap<>();
        for (Rating rating : ratings) {
            if (rating.side().equals(side.name()) && wanted.contains(lower(rating.skill()))) {
                // after sum, ratings, change sum, ratings with a before
                long[] sums = byPerson.computeIfAbsent(rating.person(), person -> new long[4]);
                sums[0] += rating.after();
                sums[1]++;
                if (rating.before() != null) {
                    sums[2] += rating.after() - rating.before();
                    sums[3]++;
                }
            }
        }
        return byPerson.values().stream()
                .map(s -> new MeasureData.SkillScores(
                        (double) s[0] / s[1], s[3] == 0 ? null : Double.valueOf((double) s[2] / s[3])))
                .toList();
    }

    private static String lower(String skill) {
        return skill.toLowerCase(Locale.ROOT);
    }
}
