package org.upward.impact.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.upward.program.ObjectiveMeasure;

/**
 * The data an objective's measure is judged on, read in SQL: the survey answers of participants in two waves,
 * and when the after-program assessment window and the survey waves close. The skill measures are judged on the
 * {@link SelfRatings} the skill growth table is made of.
 */
@Component
class MeasureData {

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
