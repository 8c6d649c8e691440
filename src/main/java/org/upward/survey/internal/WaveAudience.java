package org.upward.survey.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.upward.enrollment.EnrollmentService;
import org.upward.enrollment.EnrollmentStatus;
import org.upward.enrollment.EnrollmentView;
import org.upward.enrollment.Side;
import org.upward.people.People;
import org.upward.people.PersonRef;
import org.upward.survey.RespondentGroup;

/**
 * Who a wave is for: the program's participants (active enrollments, whenever they answer) and the
 * comparison group the admin chose; and who of them has answered. Never what anyone answered.
 */
@Component
class WaveAudience {

    /** One invited person: their id, group and, for participants, side. */
    record Invitee(long personId, String email, RespondentGroup group, Side side) {}

    private final JdbcTemplate jdbc;
    private final EnrollmentService enrollments;
    private final People people;

    WaveAudience(JdbcTemplate jdbc, EnrollmentService enrollments, People people) {
        this.jdbc = jdbc;
        this.enrollments = enrollments;
        this.people = people;
    }

    /** The program's active participants by normalized email, with their side. */
    Map<String, Side> participants(long programId) {
        Map<String, Side> sides = new LinkedHashMap<>();
        for (EnrollmentView e : enrollments.list(programId)) {
            if (e.status() != EnrollmentStatus.WITHDRAWN) {
                sides.put(e.email(), e.side());
            }
        }
        return sides;
    }

    /** Everyone invited to the wave: participants first, then the comparison group. */
    List<Invitee> invitees(SurveyWave wave) {
        Map<Long, Invitee> all = new LinkedHashMap<>();
        Map<String, Side> participants = participants(wave.getProgramId());
        Map<String, PersonRef> known = people.byEmails(participants.keySet());
        participants.forEach((email, side) -> Optional.ofNullable(known.get(email))
                .ifPresent(p -> all.put(p.id(), new Invitee(p.id(), email, RespondentGroup.PARTICIPANT, side))));
        for (PersonRef ref : comparisonMembers(wave.getId())) {
            all.putIfAbsent(ref.id(), new Invitee(ref.id(), ref.email(), RespondentGroup.COMPARISON, null));
        }
        return List.copyOf(all.values());
    }

    /** The caller's place in the wave, if they are invited to it. */
    Optional<Invitee> invitee(SurveyWave wave, String email) {
        Optional<PersonRef> person = people.findByEmail(email);
        if (person.isEmpty()) {
            return Optional.empty();
        }
        long personId = person.get().id();
        Side side = participants(wave.getProgramId()).get(person.get().email());
        if (side != null) {
            return Optional.of(new Invitee(personId, person.get().email(), RespondentGroup.PARTICIPANT, side));
        }
        return comparisonIds(wave.getId()).contains(personId)
                ? Optional.of(new Invitee(personId, person.get().email(), RespondentGroup.COMPARISON, null))
                : Optional.empty();
    }

    /** The comparison group, sorted by name. */
    List<PersonRef> comparisonMembers(long waveId) {
        return people.byIds(comparisonIds(waveId)).values().stream()
                .sorted((a, b) -> a.name().compareToIgnoreCase(b.name()))
                .toList();
    }

    Map<Long, PersonRef> names(Collection<Long> personIds) {
        return people.byIds(personIds);
    }

    Set<Long> comparisonIds(long waveId) {
        return Set.copyOf(jdbc.queryForList(
                "select person_id from survey_comparison_member where wave_id = ?", Long.class, waveId));
    }

    /** The ids of the waves whose comparison group holds the person. */
    Set<Long> comparisonWaves(long personId) {
        return Set.copyOf(jdbc.queryForList(
                "select wave_id from survey_comparison_member where person_id = ?", Long.class, personId));
    }

    void replaceComparisonGroup(long waveId, Collection<Long> personIds) {
        jdbc.update("delete from survey_comparison_member where wave_id = ?", waveId);
        addToComparisonGroup(waveId, personIds);
    }

    void addToComparisonGroup(long waveId, Collection<Long> personIds) {
        for (long personId : personIds) {
            jdbc.update(
                    "insert into survey_comparison_member (wave_id, person_id) values (?, ?) on conflict do nothing",
                    waveId,
                    personId);
        }
    }

    /** Who has answered the wave, by person id, with the group they answered in. */
    Map<Long, RespondentGroup> responded(long waveId) {
        return jdbc
                .query(
                        "select person_id, respondent_group from survey_participation where wave_id = ?",
                        (row, n) -> Map.entry(row.getLong(1), RespondentGroup.valueOf(row.getString(2))),
                        waveId)
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    boolean hasResponded(long waveId, long personId) {
        Integer count = jdbc.queryForObject(
                "select count(*) from survey_participation where wave_id = ? and person_id = ?",
                Integer.class,
                waveId,
                personId);
        return count != null && count > 0;
    }
}
