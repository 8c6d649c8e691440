package org.upward.pairing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.upward.support.IntegrationTest;

/** A background run that ends without storing anything is in the audit log, as whoever started it. */
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
}
