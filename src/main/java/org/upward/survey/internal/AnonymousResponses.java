package org.upward.survey.internal;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.upward.enrollment.Side;
import org.upward.survey.RespondentGroup;
import org.upward.survey.SurveyResponseRequest;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a submitted survey as two unlinked facts: "this person answered this wave (on this day)" and
 * "someone in this group answered this", under a fresh random key. The second row has no person, no
 * time and no id shared with the first, so no query can join them.
 */
@Component
class AnonymousResponses {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcTemplate jdbc;

    AnonymousResponses(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Records who answered; fails on the primary key if they already did (a race with a second submit). */
    void recordParticipation(long waveId, long personId, RespondentGroup group, LocalDate today) {
        jdbc.update(
                "insert into survey_participation (wave_id, person_id, respondent_group, responded_on)"
                        + " values (?, ?, ?, ?)",
                waveId,
                personId,
                group.name(),
                today);
    }

    void recordAnswers(
            long waveId, RespondentGroup group, Side side, SurveyResponseRequest answers, Map<String, Object> custom) {
        jdbc.update(
                "insert into survey_response (respondent_key, wave_id, respondent_group, side, collaboration,"
                        + " satisfaction, intergenerational_communication, recommend, comments, custom_answers)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb))",
                UUID.randomUUID(),
                waveId,
                group.name(),
                side == null ? null : side.name(),
                answers.collaboration(),
                answers.satisfaction(),
                answers.intergenerationalCommunication(),
                answers.recommend(),
                blankToNull(answers.comments()),
                JSON.writeValueAsString(custom));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
