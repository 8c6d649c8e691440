package org.upward.pairing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.upward.support.FlashMatchers.flashProblem;
import static org.upward.support.FlashMatchers.flashSuccess;

import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.upward.sessions.ActivePair;
import org.upward.support.IntegrationTest;

/** An admin who looked at a flagged pair and keeps it resolves the flag; the note stays in the audit log. */
class FlagResolutionTest extends IntegrationTest {

    private ActivePair pair;
    private Cookie admin;
    private String pairPath;

    @BeforeEach
    void aRunningProgramWithAPair() throws Exception {
        pair = ActivePair.create(mvc, LocalDate.now(ZoneOffset.UTC).toString(), 2);
        pair.startProgram();
        admin = logIn(ADMIN);
        pairPath = "/admin/programs/" + pair.programId + "/pairing/pairs/" + pair.pairId;
    }

    private boolean flagged() {
        return jdbc.queryForObject("select flagged from mentoring_pair where id = ?", Boolean.class, pair.pairId);
    }

    @Test
    void resolvingAFlagClearsItAndIsAudited() throws Exception {
        mvc.perform(post(pairPath + "/flag").cookie(admin).with(csrf()).param("text", "They never met"))
                .andExpect(status().isFound());
        assertThat(flagged()).isTrue();

        mvc.perform(post(pairPath + "/resolve-flag").cookie(admin).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(flashSuccess("pairing.flagResolved"));

        assertThat(flagged()).isFalse();
        assertThat(jdbc.queryForObject(
                        "select summary from audit_entry where action = 'PAIR_FLAG_RESOLVED' and subject_id = ?",
                        String.class,
                        pair.pairId))
                .startsWith("Resolved the flag on the pair Mia Mentor " + pair.run)
                .endsWith("(They never met)");
        assertThat(jdbc.queryForObject("select status from mentoring_pair where id = ?", String.class, pair.pairId))
                .isEqualTo("ACTIVE");
    }

    @Test
    void aPairWithoutAFlagHasNothingToResolve() throws Exception {
        mvc.perform(post(pairPath + "/resolve-flag").cookie(admin).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(flashProblem("pairing.refused"));
        assertThat(flagged()).isFalse();
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where action = 'PAIR_FLAG_RESOLVED' and subject_id = ?",
                        Long.class,
                        pair.pairId))
                .isZero();
    }

    @Test
    void aPartnerCannotResolveAFlag() throws Exception {
        mvc.perform(post(pairPath + "/flag").cookie(admin).with(csrf()).param("text", "Looks off"))
                .andExpect(status().isFound());
        mvc.perform(post(pairPath + "/resolve-flag")
                        .cookie(logIn(pair.mentee, ActivePair.PASSWORD))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(flagged()).isTrue();
    }
}
