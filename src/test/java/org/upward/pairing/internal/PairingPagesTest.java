package org.upward.pairing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.upward.support.FlashMatchers.flashProblem;

import jakarta.servlet.http.Cookie;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.upward.pairing.PairingFixture;
import org.upward.shared.Flash;
import org.upward.support.IntegrationTest;

/** The admin's pairing pages, through MockMvc with a logged-in session. */
class PairingPagesTest extends IntegrationTest {

    @Autowired
    PairingRunner runner;

    @Autowired
    PairReview review;

    @Autowired
    ManualPairs manual;

    private PairingFixture program;
    private Cookie admin;

    @BeforeEach
    void programInMatching() throws Exception {
        program = PairingFixture.create(mvc, "MATCHING");
        admin = logIn(ADMIN, DEMO_PASSWORD);
    }

    /** Posts as the admin, expects the redirect back to the review page, and renders that page with the flash. */
    private String postAndFollow(MockHttpServletRequestBuilder request) throws Exception {
        MvcResult posted = mvc.perform(request.cookie(admin).with(csrf()))
                .andExpect(redirectedUrl(program.pagePath()))
                .andReturn();
        return mvc.perform(get(program.pagePath()).cookie(admin).flashAttrs(posted.getFlashMap()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private String runFromThePage() throws Exception {
        return postAndFollow(post(program.pagePath() + "/runs"));
    }

    private List<Long> pairIds(String status) {
        return jdbc.queryForList(
                "select id from mentoring_pair where program_id = ? and status = ? order by id",
                Long.class,
                program.programId(),
                status);
    }

    private String statusOf(long pairId) {
        return jdbc.queryForObject("select status from mentoring_pair where id = ?", String.class, pairId);
    }

    @Test
    void runningFromThePageProposesExplainedPairsAndSaysHowManyAndTheTotal() throws Exception {
        String page = runFromThePage();

        assertThat(page)
                .contains("The pairing proposed 2 pairs with a total score of")
                .contains("1 person is unmatched")
                .contains("Proposed pairs", "progress-bar", "Skill gap", "Shared interest", "Work style")
                .contains("width: ")
                .contains("Covers")
                .contains("Unmatched in the latest run")
                .contains("How the score is calculated")
                .contains("/pairing/candidates?mentee=" + program.boss());
        assertThat(pairIds("PROPOSED")).hasSize(2);
        Double skillGap = jdbc.queryForObject(
                "select (breakdown ->> 'skillGap')::float8 from mentoring_pair where id = ?",
                Double.class,
                pairIds("PROPOSED").get(0));
        assertThat(skillGap).as("a real breakdown to draw").isPositive();
        assertThat(page).as("each bar is as wide as its part").contains("width: " + skillGap + "%");
    }

    @Test
    void approvesAndRejectsOnePairAtATimeFromThePage() throws Exception {
        runFromThePage();
        List<Long> proposed = pairIds("PROPOSED");

        String page = postAndFollow(post(program.pagePath() + "/pairs/" + proposed.get(0) + "/approve"));
        assertThat(statusOf(proposed.get(0))).isEqualTo("APPROVED");
        assertThat(page).contains("Their intro chat is next", "Approved · intro chat due", "Intro chat held");

        page = postAndFollow(post(program.pagePath() + "/pairs/" + proposed.get(1) + "/reject"));
        assertThat(statusOf(proposed.get(1))).isEqualTo("REJECTED");
        assertThat(page).contains("will not be proposed together again", "History");

        page = postAndFollow(post(program.pagePath() + "/pairs/" + proposed.get(1) + "/approve"));
        assertThat(page).contains("Not done: Only a proposed pair can be approved; this one is rejected.");
    }

    @Test
    void approveAllApprovesEveryProposalAndTheIntroChatActivatesAPair() throws Exception {
        runFromThePage();
        List<Long> proposed = pairIds("PROPOSED");

        String page = postAndFollow(post(program.pagePath() + "/pairs/approve-all"));

        assertThat(page).contains("Approved 2 pairs");
        assertThat(pairIds("APPROVED")).containsExactlyElementsOf(proposed);
        assertThat(review.approveAll(program.programId())).isEmpty();
        postAndFollow(post(program.pagePath() + "/pairs/" + proposed.get(0) + "/activate"));
        assertThat(statusOf(proposed.get(0))).isEqualTo("ACTIVE");
    }

    @Test
    void theWhatIfPreviewShowsTheEffectAndStoresNothing() throws Exception {
        runFromThePage();
        int runsBefore = count("pairing_run");
        int pairsBefore = count("mentoring_pair");

        mvc.perform(post(program.pagePath() + "/preview")
                        .cookie(admin)
                        .with(csrf())
                        .param("skillGapWeight", "0")
                        .param("sharedInterestWeight", "1")
                        .param("workStyleWeight", "0")
                        .param("minScore", "0")
                        .param("objective", "MOST_MATCHED"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Preview: 2 pairs, total score")))
                .andExpect(content().string(containsString("would change compared with the current proposals")))
                .andExpect(content().string(containsString("value=\"MOST_MATCHED\" selected")));

        assertThat(count("pairing_run")).isEqualTo(runsBefore);
        assertThat(count("mentoring_pair")).isEqualTo(pairsBefore);
    }

    @Test
    void theWhatIfPanelShowsBadValuesNextToTheirFields() throws Exception {
        mvc.perform(post(program.pagePath() + "/preview")
                        .cookie(admin)
                        .with(csrf())
                        .param("skillGapWeight", "1.5")
                        .param("sharedInterestWeight", "")
                        .param("workStyleWeight", "0")
                        .param("minScore", "120")
                        .param("objective", "TOTAL_SCORE"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter a weight between 0 and 1.")))
                .andExpect(content().string(containsString("Enter a minimum score between 0 and 100.")))
                .andExpect(content().string(containsString("is-invalid")))
                .andExpect(content().string(not(containsString("Preview:"))));
        mvc.perform(post(program.pagePath() + "/preview")
                        .cookie(admin)
                        .with(csrf())
                        .param("skillGapWeight", "0.5")
                        .param("sharedInterestWeight", "abc")
                        .param("workStyleWeight", "0")
                        .param("minScore", "10")
                        .param("objective", "TOTAL_SCORE"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter a weight between 0 and 1.")))
                .andExpect(content().string(not(containsString("Exception"))));
        mvc.perform(post(program.pagePath() + "/preview")
                        .cookie(admin)
                        .with(csrf())
                        .param("skillGapWeight", "0")
                        .param("sharedInterestWeight", "0")
                        .param("workStyleWeight", "0")
                        .param("minScore", "10")
                        .param("objective", "TOTAL_SCORE"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("at least one weight must be above 0")));
    }

    @Test
    void aPairByHandShowsItsWarningsAndAConflictIsAMessage() throws Exception {
        String page = postAndFollow(post(program.pagePath() + "/manual")
                .param("mentorEmail", program.juniorUnderBoss())
                .param("menteeEmail", program.boss()));
        assertThat(page).contains("Paired by hand", "Warnings", "reporting line", "by hand");

        page = postAndFollow(post(program.pagePath() + "/manual")
                .param("mentorEmail", program.otherJunior())
                .param("menteeEmail", program.boss()));
        assertThat(page).contains("Not done: ", "already has a pair in this program");

        page = postAndFollow(post(program.pagePath() + "/manual").param("mentorEmail", program.otherJunior()));
        assertThat(page).contains("Choose a mentor and a mentee.");
    }

    @Test
    void theManualFormSuggestsOnlyMentorsWithRoomAndMenteesWithoutAPair() throws Exception {
        String page = mvc.perform(get(program.pagePath()).cookie(admin))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(datalist(page, "mentors-with-room"))
                .contains(program.juniorUnderBoss(), program.otherJunior(), program.thirdJunior());
        assertThat(datalist(page, "mentees-unpaired")).contains(program.boss(), program.peer());

        page = postAndFollow(post(program.pagePath() + "/manual")
                .param("mentorEmail", program.juniorUnderBoss())
                .param("menteeEmail", program.boss()));

        assertThat(datalist(page, "mentors-with-room"))
                .contains(program.otherJunior(), program.thirdJunior())
                .doesNotContain(program.juniorUnderBoss());
        assertThat(datalist(page, "mentees-unpaired")).contains(program.peer()).doesNotContain(program.boss());
    }

    private static String datalist(String page, String id) {
        int start = page.indexOf("<datalist id=\"" + id + "\"");
        return page.substring(start, page.indexOf("</datalist>", start));
    }

    @Test
    void aSwapNeedsAReasonAndShowsTheReplacement() throws Exception {
        runFromThePage();
        postAndFollow(post(program.pagePath() + "/pairs/approve-all"));
        long bossPair = jdbc.queryForObject(
                "select p.id from mentoring_pair p join person m on m.id = p.mentee_id"
                        + " where p.program_id = ? and m.email = ? and p.status = 'APPROVED'",
                Long.class,
                program.programId(),
                program.boss());

        String page = postAndFollow(
                post(program.pagePath() + "/pairs/" + bossPair + "/swap").param("text", " "));
        assertThat(page).contains("Not done: say why the pair is dissolved");
        assertThat(statusOf(bossPair)).isEqualTo("APPROVED");

        page = postAndFollow(
                post(program.pagePath() + "/pairs/" + bossPair + "/flag").param("text", "No chemistry"));
        assertThat(page).contains("Flagged", "No chemistry");

        page = postAndFollow(
                post(program.pagePath() + "/pairs/" + bossPair + "/swap").param("text", "Schedules never match"));
        assertThat(statusOf(bossPair)).isEqualTo("DISSOLVED");
        assertThat(page)
                .contains("The pair is dissolved. Proposed in its place")
                .contains("Schedules never match")
                .contains("replaces the dissolved pair");
    }

    @Test
    void theCandidatesPageListsEveryMentorBestFirstAndWhyOthersAreNotPossible() throws Exception {
        mvc.perform(get(program.pagePath() + "/candidates")
                        .param("mentee", program.boss())
                        .cookie(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Candidates for Bea Boss")))
                .andExpect(content().string(containsString("Eligible mentors")))
                .andExpect(content().string(containsString("Olli Other")))
                .andExpect(content().string(containsString("Not possible")))
                .andExpect(content().string(containsString("reporting line")))
                .andExpect(content().string(containsString("progress-bar")));
        mvc.perform(get(program.pagePath() + "/candidates")
                        .param("mentee", program.otherJunior())
                        .cookie(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("is not a mentee with a complete profile here")));
    }

    @Test
    void theUnmatchedListDropsPeoplePairedSinceTheRun() throws Exception {
        runFromThePage();
        List<RunView.RunUnmatched> unmatched = runner.latestUnmatched(program.programId());
        assertThat(unmatched).singleElement().satisfies(u -> {
            assertThat(u.side()).isEqualTo("MENTOR");
            assertThat(u.reason()).isNotBlank();
        });
        long peerPair = jdbc.queryForObject(
                "select p.id from mentoring_pair p join person m on m.id = p.mentee_id"
                        + " where p.program_id = ? and m.email = ? and p.status = 'PROPOSED'",
                Long.class,
                program.programId(),
                program.peer());
        review.reject(peerPair);
        manual.pairByHand(program.programId(), unmatched.get(0).email(), program.peer());

        assertThat(runner.latestUnmatched(program.programId())).isEmpty();
    }

    @Test
    void aProgramNotYetMatchingExplainsWhenPairingStarts() throws Exception {
        PairingFixture enrolling = PairingFixture.create(mvc, "ENROLLING");
        mvc.perform(get(enrolling.pagePath()).cookie(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Pairing starts when the program is in Matching")))
                .andExpect(content().string(not(containsString("run-pairing"))));
        mvc.perform(post(enrolling.pagePath() + "/runs").cookie(admin).with(csrf()))
                .andExpect(redirectedUrl(enrolling.pagePath()))
                .andExpect(flashProblem("pairing.refused"))
                .andExpect(result -> assertThat((List<?>) result.getFlashMap().get(Flash.ATTRIBUTE))
                        .singleElement()
                        .satisfies(problem -> assertThat(((Flash) problem).args())
                                .singleElement()
                                .asString()
                                .contains("pairing runs once the program is in MATCHING")));
        mvc.perform(get("/admin/programs/" + enrolling.programId()).cookie(admin))
                .andExpect(content().string(containsString(enrolling.pagePath())));
    }

    @Test
    void participantsAreRefusedThePairingPages() throws Exception {
        Cookie participant = logIn(MENTOR, DEMO_PASSWORD);
        mvc.perform(get(program.pagePath()).cookie(participant)).andExpect(status().isForbidden());
        mvc.perform(get(program.pagePath() + "/candidates")
                        .param("mentee", program.boss())
                        .cookie(participant))
                .andExpect(status().isForbidden());
        mvc.perform(post(program.pagePath() + "/runs").cookie(participant).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(count("pairing_run where program_id = " + program.programId()))
                .isZero();
    }

    private int count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }
}
