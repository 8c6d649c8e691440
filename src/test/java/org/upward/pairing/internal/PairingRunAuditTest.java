package org.upward.pairing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.upward.pairing.PairingFixture;
import org.upward.support.IntegrationTest;

/** A background run is in the audit log, as whoever started it: its start and end, or that it stored nothing. */
class PairingRunAuditTest extends IntegrationTest {

    @Autowired
    private PairingJobs jobs;

    @Test
    void aBackgroundRunThatFailsIsRecordedAsFailedForThePersonWhoStartedIt() throws Exception {
        PairingFixture program = PairingFixture.create(mvc, "ENROLLING");
        long adminAccount = jdbc.queryForObject(
                "select a.id from account a join person p on p.id = a.person_id where p.email = ?", Long.class, ADMIN);
        long mark = jdbc.queryForObject("select coalesce(max(id), 0) from audit_entry", Long.class);

        jobs.run(program.programId(), adminAccount, java.time.Instant.now());

        List<Map<String, Object>> entries =
                jdbc.queryForList("select * from audit_entry where id > ? order by id", mark);
        assertThat(entries).singleElement().satisfies(entry -> {
            assertThat(entry.get("action")).isEqualTo("PAIRING_RUN_FAILED");
            assertThat(entry.get("actor_email")).isEqualTo(ADMIN);
            assertThat(entry.get("subject_type")).isEqualTo("PROGRAM");
            assertThat(((Number) entry.get("subject_id")).longValue()).isEqualTo(program.programId());
            assertThat(((Number) entry.get("program_id")).longValue()).isEqualTo(program.programId());
            assertThat(entry.get("summary")).asString().startsWith("Pairing run stored nothing");
        });
    }

    @Test
    void aBackgroundRunRecordsItsStartAndEndAsThePersonWhoStartedIt() throws Exception {
        PairingFixture f = PairingFixture.create(mvc, "MATCHING");
        long mark = jdbc.queryForObject("select coalesce(max(id), 0) from audit_entry", Long.class);
        long adminAccount = jdbc.queryForObject(
                "select a.id from account a join person p on p.id = a.person_id where p.email = ?", Long.class, ADMIN);
        jobs.start(f.programId(), adminAccount);
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> !jobs.latest(f.programId()).orElseThrow().running());

        Map<String, Object> started = theEntry(mark, "PAIRING_RUN_STARTED", "PROGRAM");
        assertThat(((Number) started.get("subject_id")).longValue()).isEqualTo(f.programId());
        assertThat(((Number) started.get("program_id")).longValue()).isEqualTo(f.programId());
        Map<String, Object> finished = theEntry(mark, "PAIRING_RUN_FINISHED", "PAIRING_RUN");
        assertThat(((Number) finished.get("program_id")).longValue()).isEqualTo(f.programId());
        assertThat(finished.get("summary")).asString().contains("proposed 2 pairs");
    }

    /** The one entry of this action since {@code mark}, checked for its actor (the admin) and subject type. */
    private Map<String, Object> theEntry(long mark, String action, String subjectType) {
        List<Map<String, Object>> found =
                jdbc.queryForList("select * from audit_entry where id > ? and action = ? order by id", mark, action);
        assertThat(found).as("entries of " + action).hasSize(1);
        Map<String, Object> entry = found.get(0);
        assertThat(entry.get("actor_email")).isEqualTo(ADMIN);
        assertThat(((Number) entry.get("actor_person_id")).longValue())
                .isEqualTo(
                        jdbc.queryForObject("select id from person where lower(email) = lower(?)", Long.class, ADMIN));
        assertThat(entry.get("subject_type")).isEqualTo(subjectType);
        assertThat(entry.get("occurred_at")).isNotNull();
        return entry;
    }
}
