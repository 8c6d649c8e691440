package org.upward.pairing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MvcResult;
import org.upward.pairing.PairingFixture;
import org.upward.pairing.RunRequest;
import org.upward.support.IntegrationTest;
import org.upward.support.Race;

/**
 * Two admins decide on the same proposed pair at the same moment, one approving, one rejecting: both
 * see it PROPOSED, so only the pair's version can settle it. One decision stands whole (with its block
 * or its notices), the other is told the pair changed meanwhile, by the API (409) and by the page.
 */
class PairEditRaceTest extends IntegrationTest {

    @Autowired
    PairingService pairing;

    @Test
    void approveAndRejectAtTheSameMomentThroughTheApiKeepOneDecisionAndRefuseTheOtherWith409() throws Exception {
        PairingFixture program = PairingFixture.create(mvc, "MATCHING");
        long pair = proposedPair(program);

        List<MockHttpServletResponse> answers = Race.heldAtRow(
                jdbc,
                "mentoring_pair",
                pair,
                "update mentoring_pair set%",
                List.of(api("/api/v1/pairs/" + pair + "/approve"), api("/api/v1/pairs/" + pair + "/reject")));

        assertThat(answers).extracting(MockHttpServletResponse::getStatus).containsExactlyInAnyOrder(200, 409);
        assertThat(answers.stream()
                        .filter(a -> a.getStatus() == 409)
                        .findFirst()
                        .orElseThrow()
                        .getContentAsString())
                .contains("changed by someone else");
        boolean approved = answers.get(0).getStatus() == 200;
        assertThat(status(pair)).isEqualTo(approved ? "APPROVED" : "REJECTED");
        assertThat(blocked(program, pair))
                .as("the rejection's block exists only if it won")
                .isEqualTo(!approved);
    }

    @Test
    void approveAndRejectAtTheSameMomentOnTheReviewPageTellTheLoserThePairChangedMeanwhile() throws Exception {
        PairingFixture program = PairingFixture.create(mvc, "MATCHING");
        long pair = proposedPair(program);
        Cookie ann = logIn(ADMIN);
        Cookie bob = logIn(ADMIN);
        String pairs = program.pagePath() + "/pairs/" + pair;

        List<MvcResult> answers = Race.heldAtRow(
                jdbc,
                "mentoring_pair",
                pair,
                "update mentoring_pair set%",
                List.of(page(pairs + "/approve", ann), page(pairs + "/reject", bob)));

        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.getResponse().getStatus()).isEqualTo(302);
            assertThat(answer.getResponse().getRedirectedUrl()).isEqualTo(program.pagePath());
        });
        List<MvcResult> losers = answers.stream()
                .filter(a -> a.getFlashMap().containsKey("problem"))
                .toList();
        assertThat(losers).hasSize(1);
        assertThat(((PageNotice) losers.get(0).getFlashMap().get("problem")).key())
                .isEqualTo("pairing.changedMeanwhile");
        boolean approved = answers.get(0).getFlashMap().containsKey("notice");
        assertThat(status(pair)).isEqualTo(approved ? "APPROVED" : "REJECTED");
        assertThat(blocked(program, pair)).isEqualTo(!approved);
    }

    private long proposedPair(PairingFixture program) {
        pairing.run(program.programId(), new RunRequest(false, null, null, null), 1L);
        return jdbc.queryForObject(
                "select min(id) from mentoring_pair where program_id = ? and status = 'PROPOSED'",
                Long.class,
                program.programId());
    }

    private String status(long pair) {
        return jdbc.queryForObject("select status from mentoring_pair where id = ?", String.class, pair);
    }

    private boolean blocked(PairingFixture program, long pair) {
        return jdbc.queryForObject(
                """
                select count(*) > 0 from blocked_pair b join mentoring_pair p
                  on p.program_id = b.program_id and p.mentor_id = b.mentor_id and p.mentee_id = b.mentee_id
                 where p.id = ?
                """,
                Boolean.class,
                pair);
    }

    private Callable<MockHttpServletResponse> api(String path) {
        return () -> mvc.perform(post(path).with(httpBasic(ADMIN, DEMO_PASSWORD)))
                .andReturn()
                .getResponse();
    }

    private Callable<MvcResult> page(String path, Cookie session) {
        return () -> mvc.perform(post(path).cookie(session).with(csrf())).andReturn();
    }
}
