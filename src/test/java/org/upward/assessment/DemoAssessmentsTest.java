package org.upward.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.upward.support.IntegrationTest;

/** The demo pilot tells a believable story: clear gains on some skills, none on one; the current program is open. */
class DemoAssessmentsTest extends IntegrationTest {

    private static final String PILOT = "Reverse mentoring pilot 2026";

    @Test
    void thePilotImprovedClearlyOnSomeSkillsAndNotOnTikTok() {
        long pilot = jdbc.queryForObject("select id from program where name = ?", Long.class, PILOT);
        assertThat(jdbc.queryForObject(
                        "select count(*) from assessment_window where program_id = ?", Integer.class, pilot))
                .isEqualTo(2);
        Map<String, Double> change = new HashMap<>();
        jdbc.query(
                "select s.name, avg(post.level - pre.level) from assessment_rating pre"
                        + " join assessment_rating post on post.program_id = pre.program_id and post.phase = 'POST'"
                        + " and post.rater_id = pre.rater_id and post.subject_id = pre.subject_id"
                        + " and post.skill_id = pre.skill_id"
                        + " join skill s on s.id = pre.skill_id"
                        + " where pre.program_id = ? and pre.phase = 'PRE' group by s.name",
                row -> {
                    change.put(row.getString(1), row.getDouble(2));
                },
                pilot);
        assertThat(change.get("AI assistants")).as("mean changes %s", change).isBetween(0.9, 1.6);
        assertThat(change.get("Prompt writing")).as("mean changes %s", change).isBetween(0.9, 1.6);
        assertThat(change.get("TikTok")).as("mean changes %s", change).isBetween(-0.4, 0.4);
        assertThat(change.get("Strategic planning"))
                .as("mean changes %s", change)
                .isBetween(-0.4, 0.5);
        assertThat(change.get("Financial acumen")).as("mean changes %s", change).isBetween(0.8, 1.6);
        assertThat(jdbc.queryForObject(
                        "select count(distinct rater_id) from assessment_rating where program_id = ? and phase = 'PRE'",
                        Integer.class,
                        pilot))
                .isEqualTo(16);
    }

    @Test
    void theEnrollingProgramHasAPreAssessmentOpenToday() {
        assertThat(jdbc.queryForObject(
                        "select count(*) from assessment_window w join program p on p.id = w.program_id"
                                + " where p.name = 'Digital leaders 2027' and w.phase = 'PRE'"
                                + " and current_date between w.opens_on and w.closes_on",
                        Integer.class))
                .isOne();
    }
}
