package org.upward.sessions.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.annotation.Transactional;
import org.upward.support.IntegrationTest;

/**
 * The cadence period rule exists in Java ({@link CadencePeriods}) and in the database ({@code cadence_period},
 * which keeps {@code pair_activity} up to date): both give the same period for every day, before the start too.
 */
class CadencePeriodRuleTest extends IntegrationTest {

    private static final LocalDate START = LocalDate.of(2027, 1, 4);

    @Test
    void javaAndTheDatabaseCountTheSamePeriodForDaysBeforeAndAfterTheStart() {
        for (int weeks = 1; weeks <= 4; weeks++) {
            CadencePeriods periods = new CadencePeriods(START, weeks);
            for (int offset = -60; offset <= 60; offset++) {
                LocalDate day = START.plusDays(offset);
                Integer inDatabase = jdbc.queryForObject(
                        "select cadence_period(?, ?, ?)", Integer.class, Date.valueOf(START), weeks, Date.valueOf(day));
                assertThat(inDatabase)
                        .as("day %d with a %d-week cadence", offset, weeks)
                        .isEqualTo(periods.indexOf(day));
            }
        }
    }

    @Test
    @Transactional // rolled back: the demo pilot's figures stay as the other tests expect them
    void aSessionTheDayBeforeTheStartIsAnotherActivePeriodThanOneOnTheStart() {
        long pairId = jdbc.queryForObject(
                "select p.id from mentoring_pair p join mentoring_session s on s.pair_id = p.id"
                        + " group by p.id having count(*) >= 2 order by p.id limit 1",
                Long.class);
        var program = jdbc.queryForMap(
                "select pr.start_date, pr.check_in_cadence_weeks from program pr"
                        + " join mentoring_pair p on p.program_id = pr.id where p.id = ?",
                pairId);
        LocalDate start = ((Date) program.get("start_date")).toLocalDate();
        int weeks = (Integer) program.get("check_in_cadence_weeks");
        List<Long> sessions =
                jdbc.queryForList("select id from mentoring_session where pair_id = ? order by id", Long.class, pairId);
        jdbc.update(
                "update mentoring_session set held_on = ? where id = ?",
                Date.valueOf(start.minusDays(1)),
                sessions.get(0));
        jdbc.update("update mentoring_session set held_on = ? where id = ?", Date.valueOf(start), sessions.get(1));

        CadencePeriods periods = new CadencePeriods(start, weeks);
        Set<Integer> expected = new HashSet<>();
        jdbc.queryForList("select held_on from mentoring_session where pair_id = ?", Date.class, pairId)
                .forEach(held -> expected.add(periods.indexOf(held.toLocalDate())));
        expected.addAll(jdbc.queryForList(
                "select period_index from pair_check_in where pair_id = ?"
                        + " group by period_index having count(distinct person_id) = 2",
                Integer.class,
                pairId));

        Integer active = jdbc.queryForObject(
                "select active_periods from pair_activity where pair_id = ?", Integer.class, pairId);
        assertThat(expected).contains(-1, 0);
        assertThat(active).isEqualTo(expected.size());
    }
}
