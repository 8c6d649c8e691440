package org.upward.survey.internal;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;

/**
 * A person's unfinished answers to one wave ("save and finish later"). Why a named draft: it lets a
 * person stop on a phone and finish on a laptop. It is read only by its author (every query takes the
 * signed-in person's id; no admin page, API or export reads this table) and is deleted in the same
 * transaction that files the anonymous answers, so a named copy never outlives the submit.
 */
@Component
class SurveyDrafts {

    private static final TypeReference<Map<String, String>> FIELDS = new TypeReference<>() {};

    private final JdbcTemplate jdbc;

    SurveyDrafts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void save(long waveId, long personId, Map<String, String> fields, LocalDate today) {
        jdbc.update(
                "insert into survey_draft (wave_id, person_id, answers, saved_on) values (?, ?, cast(? as jsonb), ?)"
                        + " on conflict (wave_id, person_id) do update set answers = excluded.answers,"
                        + " saved_on = excluded.saved_on",
                waveId,
                personId,
                AnonymousResponses.JSON.writeValueAsString(fields),
                today);
    }

    Optional<Map<String, String>> mine(long waveId, long personId) {
        return jdbc
                .query(
                        "select answers from survey_draft where wave_id = ? and person_id = ?",
                        (row, n) -> AnonymousResponses.JSON.readValue(row.getString(1), FIELDS),
                        waveId,
                        personId)
                .stream()
                .findFirst();
    }

    void discard(long waveId, long personId) {
        jdbc.update("delete from survey_draft where wave_id = ? and person_id = ?", waveId, personId);
    }
}
