package org.upward.impact.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.upward.program.ObjectiveMeasure;

/**
 * Participants' own ratings of their skills before (PRE) and after (POST) the program, read once per request
 * ({@link SelfRatingsQuery}) for the skill growth table and every skill measure of the program's objectives alike,
 * and counted in SQL: ratings are 1 to 5, so however many people rated themselves there are few distinct rows.
 *
 * @param paired per side (mentors first) and skill (by name): each (before, after) combination and how many
 *     people rated themselves so
 * @param scores per measured side and skills ({@link #key}): each (mean after, mean change) combination of one
 *     person's own POST ratings on those skills and how many people have it
 */
record SelfRatings(List<Paired> paired, Map<String, List<Scores>> scores) {

    /** {@code people} rated themselves {@code before} and {@code after} on the skill. */
    record Paired(String side, String skill, int before, int after, long people) {}

    /** {@code people} have this mean level after, and this mean change (null: no PRE rating on these skills). */
    record Scores(double after, Double change, long people) {}

    /** The side and skills (in any case) a skill measure is judged on, as the key of {@link #scores}. */
    static String key(ObjectiveMeasure.Side side, List<String> skills) {
        return side.name() + "\t" + String.join("\t", skills).toLowerCase(Locale.ROOT);
    }

    /**
     * One entry per person of the side who rated themselves on any of the skills after the program: their mean
     * level after, and their mean change on the skills they rated before too.
     */
    List<MeasureData.SkillScores> scores(ObjectiveMeasure.Side side, List<String> skills) {
        List<MeasureData.SkillScores> people = new ArrayList<>();
        for (Scores combination : scores.getOrDefault(key(side, skills), List.of())) {
            for (long i = 0; i < combination.people(); i++) {
                people.add(new MeasureData.SkillScores(combination.after(), combination.change()));
            }
        }
        return people;
    }
}
