package org.upward.impact.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.upward.program.ObjectiveMeasure;

/**
 * The data an objective's measure is judged on, read in SQL: each person's own ratings after the program
 * (and their change since before) on the measure's skills, the survey answers of participants in two waves,
 * and when the after-program assessment window and the survey waves close.
 */
@Component
class MeasureData {

    private static final String SKILLS_SQL =
            """
            select avg(post.level)::float8 as after, avg(post.level - pre.level)::float8 as change
            from assessment_rating post
            join enrollment e on e.program_id = post.program_id and e.person_id = post.subject_id and e.side = :side
            join skill s on s.id = post.skill_id
            left join assessment_rating pre
              on pre.program_id = post.program_id and pre.phase = 'PRE' and pre.rater_id = post.subject_id
             and pre.subject_id = post.subject_id and pre.skill_id = post.skill_id
            where post.program_id = :program and post.phase = 'POST' and post.rater_id = post.subject_id
              and lower(s.name) in (:skills)
            group by post.subject_id
            """;

    private static final Map<ObjectiveMeasure.SurveyItem, String> SURVEY_SCORE = Map.of(
            ObjectiveMeasure.SurveyItem.COLLABORATION, "r.collaboration",
            ObjectiveMeasure.SurveyItem.SATISFACTION, "r.satisfaction",
            ObjectiveMeasure.SurveyItem.INTERGENERATIONAL_COMMUNICATION, "r.intergenerational_communication",
            ObjectiveMeasure.SurveyItem.NPS,
                    "case when r.recommend >= 9 then 100 when r.recommend <= 6 then -100 else 0 end");

    /** One person's mean level after the program on the skills, and mean change (null without any PRE). */
    record SkillScores(double after, Double change) {}

    private final NamedParameterJdbcTemplate jdbc;

    MeasureData(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<SkillScores> skills(long programId, ObjectiveMeasure.Side side, List<String> skills) {
        if (skills.isEmpty()) {
            return List.of();
        }
        return jdbc.query(
                SKILLS_SQL,
                Map.of(
                        "program", programId,
                        "side", side.name(),
                        "skills",
                                skills.stream()
                                        .map(s -> s.toLowerCase(Locale.ROOT))
                                        .toList()),
                (rs, row) -> {
                    double after = rs.getDouble("after");
                    double change = rs.getDouble("change");
                    return new SkillScores(after, rs.wasNull() ? null : change);
                });
    }

    /** The day the after-program (POST) assessment window closes, if it is scheduled. */
    Optional<LocalDate> postWindowCloses(long programId) {
        return jdbc
                .queryForList(
                        "select closes_on from assessment_window where program_id = :program and phase = 'POST'",
                        Map.of("program", programId),
                        LocalDate.class)
                .stream()
                .findFirst();
    }

    /** The day the wave closes, if it is scheduled. */
    Optional<LocalDate> waveCloses(long programId, String wave) {
        return jdbc
                .queryForList(
                        "select closes_on from survey_wave where program_id = :program and name = :wave",
                        Map.of("program", programId, "wave", wave),
                        LocalDate.class)
                .stream()
                .findFirst();
    }

    /** Participants' scores on the item in one wave, one per anonymous answer (NPS: 100, 0 or −100). */
    double[] surveyScores(long programId, String wave, ObjectiveMeasure.SurveyItem item) {
        List<Double> scores = new ArrayList<>();
        jdbc.query(
                "select " + SURVEY_SCORE.get(item) + " as score, count(*) as answers"
                        + " from survey_response r join survey_wave w on w.id = r.wave_id"
                        + " where w.program_id = :program and w.name = :wave and r.respondent_group = 'PARTICIPANT'"
                        + " group by 1",
                Map.of("program", programId, "wave", wave),
                rs -> {
                    for (long i = rs.getLong("answers"); i > 0; i--) {
                        scores.add(rs.getDouble("score"));
                    }
                });
        return scores.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
