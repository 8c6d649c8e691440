package org.upward.survey.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.upward.enrollment.Side;
import org.upward.survey.RespondentGroup;
import org.upward.survey.WaveStatus;
import tools.jackson.core.type.TypeReference;

/**
 * Reads the anonymous responses of a program's CLOSED waves only. Reports wait for the close because
 * an open wave's figures change with each answer, and comparing them before and after one named
 * person's answer (the admin sees who answered) would reveal that answer.
 */
@Component
class ClosedWaveResponses {

    /** Groups smaller than this are left out of every report and export. */
    static final int MIN_GROUP = 5;

    private static final TypeReference<Map<String, Object>> CUSTOM = new TypeReference<>() {};

    private final JdbcTemplate jdbc;
    private final Clock clock;

    ClosedWaveResponses(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The responses of one closed wave, in the random order of their keys. */
    List<ResponseRow> of(SurveyWave wave) {
        if (wave.status(LocalDate.now(clock)) != WaveStatus.CLOSED) {
            return List.of();
        }
        return jdbc.query(
                "select respondent_key, wave_id, respondent_group, side, collaboration, satisfaction,"
                        + " intergenerational_communication, recommend, comments, custom_answers"
                        + " from survey_response where wave_id = ? order by respondent_group, respondent_key",
                (row, n) -> new ResponseRow(
                        row.getObject(1, UUID.class),
                        row.getLong(2),
                        RespondentGroup.valueOf(row.getString(3)),
                        row.getString(4) == null ? null : Side.valueOf(row.getString(4)),
                        row.getInt(5),
                        row.getInt(6),
                        row.getInt(7),
                        row.getInt(8),
                        row.getString(9),
                        AnonymousResponses.JSON.readValue(row.getString(10), CUSTOM)),
                wave.getId());
    }
}
