package org.upward.sessions.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.upward.sessions.ActivePair;
import org.upward.support.IntegrationTest;

/**
 * A reminder run that reminds pairs of a program with a chat webhook queues one digest for it: counts only,
 * no names; a run that reminds nobody new queues none.
 */
class ReminderDigestTest extends IntegrationTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Autowired
    Reminders reminders;

    private List<String> digests(long programId) {
        return jdbc.queryForList(
                "select payload from webhook_delivery where program_id = ? and event_kind = 'REMINDERS_DIGEST'"
                        + " order by id",
                String.class,
                programId);
    }

    @Test
    void aReminderRunQueuesOneDigestPerProgramWithAWebhook() throws Exception {
        ActivePair pair = ActivePair.twoPairs(mvc, "2025-01-06", 2);
        pair.startProgram();
        ActivePair withoutWebhook = ActivePair.create(mvc, "2025-01-06", 2);
        withoutWebhook.startProgram();
        pair.admin(put("/api/v1/programs/" + pair.programId + "/webhook")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"url\": \"https://hooks.example.com/services/digest\"}"))
                .andExpect(status().isOk());

        reminders.sendDue(TODAY);
        reminders.sendDue(TODAY);

        assertThat(digests(pair.programId))
                .containsExactly("{\"text\":\"Reminders for \\\"Sessions " + pair.run + "\\\": 2 pairs reminded today."
                        + " Waiting for an intro chat: 0; session and check-in due: 2; overdue: 0.\"}");
        assertThat(digests(withoutWebhook.programId)).isEmpty();
    }
}
