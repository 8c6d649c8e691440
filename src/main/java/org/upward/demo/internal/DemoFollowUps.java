package org.upward.demo.internal;

import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.upward.followup.FollowUps;
import org.upward.followup.NewFollowUp;
import org.upward.pairing.PairView;
import org.upward.security.Role;
import org.upward.security.UpwardUser;

/** What the sprint's pairs said they would do after their last session: one follow-up each, still to do. */
@Component
class DemoFollowUps {

    private final FollowUps followUps;
    private final JdbcTemplate jdbc;

    DemoFollowUps(FollowUps followUps, JdbcTemplate jdbc) {
        this.followUps = followUps;
        this.jdbc = jdbc;
    }

    void addFor(List<PairView> pairs) {
        for (PairView pair : pairs) {
            Long latest = jdbc.queryForObject(
                    "select max(id) from mentoring_session where pair_id = ?", Long.class, pair.id());
            followUps.add(
                    pair.id(),
                    latest,
                    List.of(
                            new NewFollowUp("Draft next week's board update with an AI assistant", pair.menteeEmail()),
                            new NewFollowUp("Share three prompts that work for board memos", pair.mentorEmail())),
                    new UpwardUser(0, pair.mentorEmail(), pair.mentorName(), null, true, Set.of(Role.PARTICIPANT)));
        }
    }
}
