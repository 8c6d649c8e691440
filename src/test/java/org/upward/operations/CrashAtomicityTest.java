package org.upward.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.upward.support.IntegrationTest;

/**
 * The application dies (here: its database connection is killed) in the middle of a CSV import: the
 * import is one transaction, so afterwards either every row is in or none is. (Pairing runs cut off the
 * same way: PairingJobsTest.)
 */
class CrashAtomicityTest extends IntegrationTest {

    private static final String HEADER =
            "email,name,department,job_title,job_level,manager_email,hire_date,leave_date,generation\n";

    @Test
    void aPeopleImportCutOffAfterWritingHalfTheFileLeavesNothingAndCanSimplyBeRepeated() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String existing = "kept." + tag + "@crash.example.com";
        importCsv(HEADER + existing + ",Kim Kept,Finance,,4,,,,\n").get(30, TimeUnit.SECONDS);
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 200; i++) {
            csv.append("new")
                    .append(i)
                    .append('.')
                    .append(tag)
                    .append("@crash.example.com,New Person ")
                    .append(i)
                    .append(",Sales,,3,,,,\n");
        }
        // the last row changes someone already known: the importer writes it after all the new people
        csv.append(existing).append(",Kim Renamed,Finance,,5,,,,\n");

        CompletableFuture<Integer> cutOff;
        try (Connection blocker = jdbc.getDataSource().getConnection()) {
            blocker.setAutoCommit(false);
            try (PreparedStatement lock =
                    blocker.prepareStatement("select id from person where email = ? for update")) {
                lock.setString(1, existing);
                lock.executeQuery().close();
            }
            cutOff = importCsv(csv.toString());
            int importBackend = waitingBackend("update person set name%");
            assertThat(newPeople(tag))
                    .as("the 200 new people are written, not yet committed, when the import is cut off")
                    .isZero();
            // the import's connection dies mid-transaction, as when the instance is killed
            jdbc.queryForObject("select pg_terminate_backend(?)", Boolean.class, importBackend);
            blocker.rollback();
        }
        assertThat(cutOff.get(30, TimeUnit.SECONDS)).isGreaterThanOrEqualTo(500);
        assertThat(newPeople(tag)).isZero();
        assertThat(jdbc.queryForObject("select name from person where email = ?", String.class, existing))
                .isEqualTo("Kim Kept");

        assertThat(importCsv(csv.toString()).get(30, TimeUnit.SECONDS)).isEqualTo(200);
        assertThat(newPeople(tag)).isEqualTo(200);
        assertThat(jdbc.queryForObject("select name from person where email = ?", String.class, existing))
                .isEqualTo("Kim Renamed");
    }

    private CompletableFuture<Integer> importCsv(String body) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return mvc.perform(post("/api/v1/people/import")
                                .with(httpBasic(ADMIN, DEMO_PASSWORD))
                                .contentType("text/csv")
                                .content(body))
                        .andReturn()
                        .getResponse()
                        .getStatus();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private int newPeople(String tag) {
        return jdbc.queryForObject(
                "select count(*) from person where email like ?", Integer.class, "new%." + tag + "@crash.example.com");
    }

    /** The one backend of this database waiting for a lock while running a statement like {@code query}. */
    private int waitingBackend(String query) {
        List<Integer> pids = Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(
                        () -> jdbc.query(
                                "select pid from pg_stat_activity where datname = current_database()"
                                        + " and wait_event_type = 'Lock' and query ilike ?",
                                (row, n) -> row.getInt(1),
                                query),
                        found -> found.size() == 1);
        return pids.get(0);
    }
}
