package org.upward.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.upward.notification.Notice;
import org.upward.notification.NoticeKind;
import org.upward.support.IntegrationTest;

/** Reminders go to every invited person who hasn't answered an open wave, and to no one else. */
@RecordApplicationEvents
class SurveyRemindersTest extends IntegrationTest {

    @Autowired
    ApplicationEvents events;

    @Test
    void onlyNonRespondersAreReminded() throws Exception {
        SurveyFixture f = SurveyFixture.create(mvc);
        f.answer(f.participants.get(0), "BASELINE", SurveyFixture.answers(4, 9, null))
                .andExpect(status().isCreated());
        f.answer(f.comparison.get(1), "BASELINE", SurveyFixture.answers(3, 8, null))
                .andExpect(status().isCreated());
        events.clear();
        f.admin(post("/api/v1/programs/" + f.programId + "/survey-waves/" + f.waveId + "/reminders"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reminded").value(7));
        List<Notice> notices = events.stream(Notice.class).toList();
        List<String> expected = new ArrayList<>(f.participants.subList(1, 6));
        expected.add(f.comparison.get(0));
        expected.add(f.comparison.get(2));
        assertThat(notices).extracting(Notice::recipientEmail).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(notices).allSatisfy(notice -> {
            assertThat(notice.kind()).isEqualTo(NoticeKind.SURVEY_OPEN);
            assertThat(notice.link()).isEqualTo("/surveys/" + f.programId + "/BASELINE");
        });
    }

    @Test
    void aClosedWaveIsNotReminded() throws Exception {
        SurveyFixture f = SurveyFixture.create(mvc);
        f.close();
        events.clear();
        f.admin(post("/api/v1/programs/" + f.programId + "/survey-waves/" + f.waveId + "/reminders"))
                .andExpect(status().isConflict());
        assertThat(events.stream(Notice.class)).isEmpty();
    }
}
